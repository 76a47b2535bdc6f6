package be.digitalkeys.app.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class PushMessageTest {

    @Test
    void json_carriesOnlyOpaqueIds_escaped() {
        PushMessage message = new PushMessage("public-services", "dev\"ice", "tok\\en\n", "req", 120);
        assertEquals("{\"type\":\"dk-app.request\",\"realm\":\"public-services\",\"device\":\"dev\\\"ice\",\"request\":\"req\","
                + "\"expiresIn\":120,\"pushToken\":\"tok\\\\en\\u000a\"}", message.json());
    }

    @Test
    void toString_hidesThePushToken() {
        assertFalse(new PushMessage("r", "d", "secret-token", "q", 1).toString().contains("secret-token"));
    }

    @Test
    void hmac_matchesRfc4231Case2() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookPushSender.hmac("Jefe", "what do ya want for nothing?"));
    }
}
