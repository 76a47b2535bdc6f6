package be.digitalkeys.appclient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the client puts on the wire and how it reads answers, against an in-process stub server. */
class AppClientWireTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REALM = "public-services";
    private static final String ENROLMENT = "enrolment-0123456789abcdefghij";
    private static final String REQUEST = "request-0123456789abcdefghijkl";
    private static final String APP_CODE = "13579";

    private StubAppServer server;
    private AppClient client;

    @BeforeEach
    void startServer() throws Exception {
        server = StubAppServer.start();
        client = new AppClient(server.baseUrl(), REALM);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void startEnrolment_postsTokenAndPhone_andReadsTheEnrolment() throws Exception {
        server.reply(201, "{\"enrolment\":\"" + ENROLMENT + "\",\"expiresIn\":300,\"codeLength\":5,\"later\":true}");
        assertEquals(new Enrolment(ENROLMENT, 300, 5), client.startEnrolment("CMWGT7", "+32470123456"));
        StubAppServer.Exchange sent = server.last();
        assertEquals("POST", sent.method());
        assertEquals("/realms/public-services/dk-app/enrolments", sent.rawPath());
        assertEquals("application/json", sent.contentType());
        assertEquals(Map.of("activationToken", "CMWGT7", "phoneNumber", "+32470123456"), JSON.readValue(sent.body(), Map.class));
    }

    @Test
    void confirmSmsCode_postsTheCode_andTakesNoContent() throws Exception {
        server.reply(204, "");
        client.confirmSmsCode(ENROLMENT, "48213");
        assertEquals("/realms/public-services/dk-app/enrolments/" + ENROLMENT + "/sms-code", server.last().rawPath());
        assertEquals(Map.of("code", "48213"), JSON.readValue(server.last().body(), Map.class));
    }

    @Test
    void wrongSmsCode_becomesAppApiException_withAttemptsLeft() {
        server.reply(400, "{\"error\":\"wrong_code\",\"attemptsLeft\":2}");
        AppApiException e = assertThrows(AppApiException.class, () -> client.confirmSmsCode(ENROLMENT, "00000"));
        assertEquals(400, e.status());
        assertEquals("wrong_code", e.error());
        assertEquals(2, e.attemptsLeft());
    }

    @Test
    void errorWithoutAttempts_hasNone_andAnHtmlPageHasNoErrorCode() {
        server.reply(410, "{\"error\":\"expired\"}");
        AppApiException expired = assertThrows(AppApiException.class, () -> client.confirmSmsCode(ENROLMENT, "48213"));
        assertEquals(410, expired.status());
        assertEquals("expired", expired.error());
        assertNull(expired.attemptsLeft());
        server.reply(404, "<html>Not Found</html>");
        AppApiException html = assertThrows(AppApiException.class, () -> client.startEnrolment("CMWGT7", "+32470123456"));
        assertEquals(404, html.status());
        assertEquals(AppApiException.NO_ERROR_CODE, html.error());
        assertTrue(html.getMessage().contains("Not Found"), html.getMessage());
    }

    @Test
    void registerDevice_sendsItsKey_andAnEnrolPayloadThatVerifiesWithIt() throws Exception {
        long before = System.currentTimeMillis();
        AppDevice device = register("push-token-1");
        assertEquals("device-1", device.id());
        assertEquals("Marie", device.firstName());
        assertEquals(REALM, device.realm());
        StubAppServer.Exchange sent = server.last();
        assertEquals("/realms/public-services/dk-app/enrolments/" + ENROLMENT + "/device", sent.rawPath());
        JsonNode body = JSON.readTree(sent.body());
        assertEquals(Set.of("publicKey", "name", "pushToken", "payload", "signature"), fieldNames(body));
        assertEquals("Pixel 8", body.get("name").asText());
        assertEquals("push-token-1", body.get("pushToken").asText());
        PublicKey key = DeviceKeys.decodePublicKey(body.get("publicKey").asText());
        assertEquals(device.publicKey(), key);
        JsonNode payload = verified(key, body);
        assertEquals(List.of("typ", "realm", "enrolment", "ts"), List.copyOf(orderedFieldNames(payload)));
        assertEquals("dk-app-enrol", payload.get("typ").asText());
        assertEquals(REALM, payload.get("realm").asText());
        assertEquals(ENROLMENT, payload.get("enrolment").asText());
        assertTrue(payload.get("ts").isIntegralNumber());
        assertTrue(payload.get("ts").asLong() >= before && payload.get("ts").asLong() <= System.currentTimeMillis());
    }

    @Test
    void registerDevice_withoutPushToken_leavesTheFieldOut() throws Exception {
        register(null);
        assertEquals(Set.of("publicKey", "name", "payload", "signature"), fieldNames(JSON.readTree(server.last().body())));
    }

    @Test
    void appCodeBreakingARule_isRefusedOnThePhone_beforeAnyCall() {
        assertThrows(ConsecutiveDigitsException.class, () -> client.registerDevice(ENROLMENT, "Pixel 8", null, "12345"));
        assertThrows(PalindromeException.class, () -> client.registerDevice(ENROLMENT, "Pixel 8", null, "13531"));
        assertThrows(AppCodeLengthException.class, () -> client.registerDevice(ENROLMENT, "Pixel 8", null, "1357"));
        assertEquals(List.of(), server.exchanges());
    }

    @Test
    void pending_signsAPendingPayload_andReadsTheList() throws Exception {
        AppDevice device = register(null);
        server.reply(200, "{\"requests\":[{\"request\":\"" + REQUEST + "\",\"expiresIn\":42}]}");
        assertEquals(List.of(new PendingRequest(REQUEST, 42)), device.pending());
        StubAppServer.Exchange sent = server.last();
        assertEquals("/realms/public-services/dk-app/devices/device-1/pending", sent.rawPath());
        JsonNode payload = verified(device.publicKey(), JSON.readTree(sent.body()));
        assertEquals(List.of("typ", "realm", "device", "ts"), orderedFieldNames(payload));
        assertEquals("dk-app-pending", payload.get("typ").asText());
        assertEquals("device-1", payload.get("device").asText());
        server.reply(200, "{\"requests\":[]}");
        assertEquals(List.of(), device.pending());
    }

    @Test
    void view_signsAViewPayload_andReadsTheRequest() throws Exception {
        AppDevice device = register(null);
        server.reply(200, "{\"request\":\"" + REQUEST + "\",\"service\":\"Tax on web\",\"action\":\"login\","
                + "\"data\":[\"firstName\",\"niss\"],\"icons\":[\"sun\",\"key\",\"car\"],\"expiresIn\":55}");
        RequestView view = device.view(REQUEST);
        assertEquals(new RequestView(REQUEST, "Tax on web", "login", List.of("firstName", "niss"), List.of("sun", "key", "car"), 55), view);
        StubAppServer.Exchange sent = server.last();
        assertEquals("/realms/public-services/dk-app/requests/" + REQUEST + "/view", sent.rawPath());
        JsonNode payload = verified(device.publicKey(), JSON.readTree(sent.body()));
        assertEquals(List.of("typ", "realm", "device", "request", "ts"), orderedFieldNames(payload));
        assertEquals("dk-app-view", payload.get("typ").asText());
        assertEquals(REQUEST, payload.get("request").asText());
    }

    @Test
    void approve_signsTheIconTapped_andReturnsTheState() throws Exception {
        AppDevice device = register(null);
        server.reply(200, "{\"state\":\"approved\"}");
        assertEquals("approved", device.approve(REQUEST, "key", APP_CODE));
        StubAppServer.Exchange sent = server.last();
        assertEquals("/realms/public-services/dk-app/requests/" + REQUEST + "/answer", sent.rawPath());
        JsonNode payload = verified(device.publicKey(), JSON.readTree(sent.body()));
        assertEquals(List.of("typ", "realm", "device", "request", "decision", "icon", "ts"), orderedFieldNames(payload));
        assertEquals("dk-app-answer", payload.get("typ").asText());
        assertEquals(REALM, payload.get("realm").asText());
        assertEquals("device-1", payload.get("device").asText());
        assertEquals("approve", payload.get("decision").asText());
        assertEquals("key", payload.get("icon").asText());
    }

    @Test
    void deny_signsANullIcon() throws Exception {
        AppDevice device = register(null);
        server.reply(200, "{\"state\":\"denied\"}");
        assertEquals("denied", device.deny(REQUEST, APP_CODE));
        JsonNode payload = verified(device.publicKey(), JSON.readTree(server.last().body()));
        assertEquals("deny", payload.get("decision").asText());
        assertTrue(payload.has("icon") && payload.get("icon").isNull());
    }

    @Test
    void answerErrors_becomeAppApiException() throws Exception {
        AppDevice device = register(null);
        server.reply(409, "{\"error\":\"already_answered\"}");
        AppApiException e = assertThrows(AppApiException.class, () -> device.approve(REQUEST, "sun", APP_CODE));
        assertEquals(409, e.status());
        assertEquals("already_answered", e.error());
    }

    @Test
    void wrongAppCodeFiveTimes_blocksTheApp_withoutCallingTheServer() throws Exception {
        AppDevice device = register(null);
        int calls = server.exchanges().size();
        for (int left = 4; left >= 1; left--) {
            assertEquals(left, assertThrows(WrongAppCodeException.class, () -> device.approve(REQUEST, "sun", "97531")).attemptsLeft());
        }
        assertThrows(AppBlockedException.class, () -> device.deny(REQUEST, "97531"));
        assertTrue(device.isBlocked());
        assertThrows(AppBlockedException.class, () -> device.approve(REQUEST, "sun", APP_CODE));
        assertEquals(calls, server.exchanges().size());
    }

    @Test
    void rightAppCode_resetsTheWrongCount() throws Exception {
        AppDevice device = register(null);
        for (int i = 0; i < 4; i++) {
            assertThrows(WrongAppCodeException.class, () -> device.approve(REQUEST, "sun", "97531"));
        }
        server.reply(200, "{\"state\":\"approved\"}");
        assertEquals("approved", device.approve(REQUEST, "sun", APP_CODE));
        assertEquals(4, assertThrows(WrongAppCodeException.class, () -> device.approve(REQUEST, "sun", null)).attemptsLeft());
    }

    @Test
    void postAnswer_sendsTheGivenMessage_asIs() throws Exception {
        AppDevice device = register(null);
        SignedMessage message = device.signAnswer(REQUEST, "approve", "moon");
        server.reply(200, "{\"state\":\"approved\"}");
        server.reply(409, "{\"error\":\"already_answered\"}");
        device.postAnswer(REQUEST, message);
        assertThrows(AppApiException.class, () -> device.postAnswer(REQUEST, message));
        List<StubAppServer.Exchange> sent = server.exchanges();
        assertEquals(sent.get(sent.size() - 2).body(), sent.get(sent.size() - 1).body());
        assertEquals(message, JSON.readValue(server.last().body(), SignedMessage.class));
    }

    @Test
    void clockSkew_shiftsTheTimestamp() throws Exception {
        AppDevice device = register(null);
        device.setClockSkewMillis(-120_000);
        long before = System.currentTimeMillis();
        long ts = JSON.readTree(device.signAnswer(REQUEST, "approve", "sun").payloadBytes()).get("ts").asLong();
        long after = System.currentTimeMillis();
        // Bounded by the clock read before and after signing, however long the signing took.
        assertTrue(ts >= before - 120_000 && ts <= after - 120_000, "ts " + ts + " vs " + before + ".." + after);
    }

    @Test
    void oddIds_arePercentEncodedAsOnePathSegment() throws Exception {
        server.reply(204, "");
        client.confirmSmsCode("a/b c?é", "48213");
        assertEquals("/realms/public-services/dk-app/enrolments/a%2Fb%20c%3F%C3%A9/sms-code", server.last().rawPath());
        server.reply(204, "");
        client.confirmSmsCode("..", "48213");
        assertEquals("/realms/public-services/dk-app/enrolments/%2E%2E/sms-code", server.last().rawPath());
    }

    @Test
    void appCode_isKeptOnlyAsASaltedHash() throws Exception {
        AppDevice device = register(null);
        AppDevice other = register(null);
        assertFalse(device.toString().contains(APP_CODE));
        assertNoFieldHolds(device, APP_CODE);
        Object hash = field(device, "appCode");
        assertNoFieldHolds(hash, APP_CODE);
        assertFalse(Arrays.equals((byte[]) field(hash, "hash"), (byte[]) field(field(other, "appCode"), "hash")),
                "same code, different salt, different hash");
    }

    private AppDevice register(String pushToken) throws Exception {
        server.reply(201, "{\"device\":\"device-1\",\"firstName\":\"Marie\"}");
        return client.registerDevice(ENROLMENT, "Pixel 8", pushToken, APP_CODE);
    }

    private static JsonNode verified(PublicKey key, JsonNode body) throws Exception {
        byte[] payload = DeviceKeys.verify(key, new SignedMessage(body.get("payload").asText(), body.get("signature").asText()));
        assertArrayEquals(payload, new SignedMessage(body.get("payload").asText(), "").payloadBytes());
        return JSON.readTree(payload);
    }

    private static Set<String> fieldNames(JsonNode node) {
        return Set.copyOf(orderedFieldNames(node));
    }

    private static List<String> orderedFieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void assertNoFieldHolds(Object owner, String secret) throws Exception {
        for (Field f : owner.getClass().getDeclaredFields()) {
            f.setAccessible(true);
            Object value = f.get(owner);
            assertFalse(secret.equals(value), f.getName());
            assertFalse(value instanceof char[] chars && secret.equals(new String(chars)), f.getName());
            assertFalse(value instanceof byte[] bytes && secret.equals(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)), f.getName());
        }
    }

    private static Object field(Object owner, String name) throws Exception {
        Field f = owner.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }
}
