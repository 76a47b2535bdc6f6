package be.digitalkeys.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.keycloak.provider.ProviderConfigProperty;
import org.junit.jupiter.api.Test;

class SmsGatewayConfigTest {

    static Map<String, String> http(String... extra) {
        Map<String, String> config = new HashMap<>(Map.of(SmsGatewayConfig.SENDER, "http",
                SmsGatewayConfig.URL, "https://sms.example.test/v1/messages"));
        for (int i = 0; i < extra.length; i += 2) {
            config.put(extra[i], extra[i + 1]);
        }
        return config;
    }

    @Test
    void emptyConfiguration_hasTheDefaults() {
        Map<String, String> none = Map.of();
        assertEquals("log", SmsGatewayConfig.sender(none));
        assertEquals("POST", SmsGatewayConfig.method(none));
        assertEquals("Authorization", SmsGatewayConfig.secretHeader(none));
        assertEquals("application/json", SmsGatewayConfig.contentType(none));
        assertEquals("{\"to\":\"${to}\",\"text\":\"${text}\"}", SmsGatewayConfig.body(none));
        assertEquals(5000, SmsGatewayConfig.timeoutMs(none));
        assertEquals(2, SmsGatewayConfig.retries(none));
        assertEquals(Optional.empty(), SmsGatewayConfig.secret(none));
        assertEquals(Optional.empty(), SmsGatewayConfig.url(none));
        assertEquals(Map.of(), SmsGatewayConfig.headers(none));
        assertEquals(List.of(), SmsGatewayConfig.validate(none));
    }

    @Test
    void numbersOutOfRange_areClampedAtSendTime_andReportedByValidate() {
        Map<String, String> config = http(SmsGatewayConfig.TIMEOUT_MS, "600000", SmsGatewayConfig.RETRIES, "9");
        assertEquals(30_000, SmsGatewayConfig.timeoutMs(config));
        assertEquals(5, SmsGatewayConfig.retries(config));
        assertEquals(List.of("The timeout must be a whole number from 100 to 30000.",
                "The number of retries must be a whole number from 0 to 5."), SmsGatewayConfig.validate(config));
        assertEquals(5000, SmsGatewayConfig.timeoutMs(http(SmsGatewayConfig.TIMEOUT_MS, "soon")));
    }

    @Test
    void aGoodHttpConfiguration_hasNoProblems() {
        assertEquals(List.of(), SmsGatewayConfig.validate(http(SmsGatewayConfig.METHOD, "put",
                SmsGatewayConfig.HEADERS, "X-Account: 1234\nAccept: application/json\n",
                SmsGatewayConfig.SECRET, "tok", SmsGatewayConfig.SECRET_HEADER, "X-Api-Key",
                SmsGatewayConfig.CONTENT_TYPE, "application/x-www-form-urlencoded; charset=UTF-8",
                SmsGatewayConfig.BODY, "to=${to}&text=${text}", SmsGatewayConfig.TIMEOUT_MS, "30000", SmsGatewayConfig.RETRIES, "0")));
    }

    @Test
    void validate_namesEachProblem_withoutQuotingTheSecret() {
        List<String> problems = SmsGatewayConfig.validate(Map.of(SmsGatewayConfig.SENDER, "http",
                SmsGatewayConfig.URL, "ftp://sms.example.test", SmsGatewayConfig.METHOD, "GET",
                SmsGatewayConfig.HEADERS, "X-Ok: 1\nno colon here\nHost: evil.test\nContent-Type: text/plain",
                SmsGatewayConfig.SECRET, "hunter2\nX-Injected: 1", SmsGatewayConfig.SECRET_HEADER, "Bad Header",
                SmsGatewayConfig.CONTENT_TYPE, "json", SmsGatewayConfig.BODY, "{\"text\":\"${text}\"}"));
        assertEquals(List.of(
                "The gateway URL must be an http or https URL.",
                "The HTTP method must be POST or PUT.",
                "Header lines must read 'Name: value'.",
                "The header Host cannot be set here.",
                "The header Content-Type cannot be set here: use the content type field.",
                "The secret header must be a header name such as Authorization or X-Api-Key.",
                "The secret token must be a single line without control characters.",
                "The content type must read like application/json.",
                "The body template must contain ${to} and ${text}."), problems);
        assertFalse(problems.stream().anyMatch(p -> p.contains("hunter2")));
    }

    @Test
    void malformedHeaderLines_areNotSent() {
        assertEquals(Map.of("X-Ok", "1"), SmsGatewayConfig.headers(http(SmsGatewayConfig.HEADERS, "X-Ok: 1\nbroken\nHost: x\n: v")));
    }

    @Test
    void logSender_checksOnlyItsUrl() {
        assertEquals(List.of("The development mailbox URL must be an http or https URL."),
                SmsGatewayConfig.validate(Map.of(SmsGatewayConfig.LOG_URL, "mailbox", SmsGatewayConfig.METHOD, "GET")));
    }

    @Test
    void configProperties_forTheAdminConsole() {
        Map<String, ProviderConfigProperty> byName = SmsGatewayConfig.CONFIG_PROPERTIES.stream()
                .collect(Collectors.toMap(ProviderConfigProperty::getName, p -> p));
        assertEquals(List.of("dk.sms.sender", "dk.sms.log.url", "dk.sms.http.url", "dk.sms.http.method", "dk.sms.http.headers",
                        "dk.sms.http.secret", "dk.sms.http.secretHeader", "dk.sms.http.contentType", "dk.sms.http.body",
                        "dk.sms.http.timeoutMs", "dk.sms.http.retries"),
                SmsGatewayConfig.CONFIG_PROPERTIES.stream().map(ProviderConfigProperty::getName).toList());
        ProviderConfigProperty secret = byName.get(SmsGatewayConfig.SECRET);
        assertEquals(ProviderConfigProperty.PASSWORD, secret.getType());
        assertTrue(secret.isSecret());
        assertNull(secret.getDefaultValue());
        assertEquals(ProviderConfigProperty.LIST_TYPE, byName.get(SmsGatewayConfig.SENDER).getType());
        assertEquals(List.of("log", "http"), byName.get(SmsGatewayConfig.SENDER).getOptions());
        SmsGatewayConfig.CONFIG_PROPERTIES.forEach(p -> assertFalse(p.getLabel() == null || p.getHelpText() == null, p.getName()));
    }
}
