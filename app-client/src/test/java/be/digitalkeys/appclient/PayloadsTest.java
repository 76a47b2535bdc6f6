package be.digitalkeys.appclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class PayloadsTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void flatObject_isWrittenInMapOrder() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("typ", "dk-app-answer");
        values.put("realm", "public-services");
        values.put("icon", null);
        values.put("ok", true);
        values.put("ts", 1_767_225_600_000L);
        values.put("n", 5);
        assertEquals("{\"typ\":\"dk-app-answer\",\"realm\":\"public-services\",\"icon\":null,\"ok\":true,\"ts\":1767225600000,\"n\":5}",
                text(values));
        assertEquals("{}", text(Map.of()));
    }

    @Test
    void quotesBackslashesAndControls_areEscaped() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("a\"b", "say \"hi\" \\o/");
        values.put("c", "line\nbreak\ttab\u0000nul\u001fus\r");
        assertEquals("{\"a\\\"b\":\"say \\\"hi\\\" \\\\o/\",\"c\":\"line\\u000abreak\\u0009tab\\u0000nul\\u001fus\\u000d\"}",
                text(values));
    }

    @Test
    void unicode_isUtf8_andLoneSurrogatesAreEscaped() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "Zoë 😀 ü");
        values.put("lone", "x\uD800y\uDC00");
        byte[] json = Payloads.json(values);
        assertEquals("{\"name\":\"Zoë 😀 ü\",\"lone\":\"x\\ud800y\\udc00\"}", new String(json, StandardCharsets.UTF_8));
        assertEquals("Zoë 😀 ü", JACKSON.readTree(json).get("name").asText());
    }

    @Test
    void whatJacksonReads_isWhatWasWritten() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("s", "\"\\/\b\f\n\r\t\u0001\u007f é");
        values.put("l", Long.MIN_VALUE);
        values.put("d", 1.5e300);
        values.put("b", new BigDecimal("12.50"));
        values.put("f", false);
        JsonNode node = JACKSON.readTree(Payloads.json(values));
        assertEquals(values.get("s"), node.get("s").asText());
        assertEquals(Long.MIN_VALUE, node.get("l").asLong());
        assertEquals(1.5e300, node.get("d").asDouble());
        assertEquals(0, new BigDecimal("12.50").compareTo(node.get("b").decimalValue()));
        assertTrue(new String(Payloads.json(values), StandardCharsets.UTF_8).contains("\"b\":12.50,"));
        assertEquals(false, node.get("f").asBoolean());
        assertEquals(List.of("s", "l", "d", "b", "f"), fieldNames(node));
    }

    @Test
    void nonFlatValues_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> Payloads.json(Map.of("list", List.of(1))));
        assertThrows(IllegalArgumentException.class, () -> Payloads.json(Map.of("map", Map.of())));
        assertThrows(IllegalArgumentException.class, () -> Payloads.json(Map.of("nan", Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> Payloads.json(Map.of("inf", Float.POSITIVE_INFINITY)));
        Map<String, Object> nullKey = new LinkedHashMap<>();
        nullKey.put(null, "x");
        assertThrows(IllegalArgumentException.class, () -> Payloads.json(nullKey));
    }

    private static String text(Map<String, Object> values) {
        return new String(Payloads.json(values), StandardCharsets.UTF_8);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
