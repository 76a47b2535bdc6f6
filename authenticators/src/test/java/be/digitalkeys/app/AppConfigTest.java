package be.digitalkeys.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

class AppConfigTest {

    private static AppConfig config(Map<String, String> values) {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(values);
        return new AppConfig(model);
    }

    @Test
    void defaults_followTheSeed() {
        AppConfig config = new AppConfig(null);
        assertEquals(120, config.lifetimeSeconds());
        assertEquals(AppConfig.IconMode.NEW_BROWSER, config.iconMode());
        assertEquals(3, config.iconCount());
        assertEquals(5, config.maxRequests());
        assertEquals(List.of("firstName", "lastName", "niss"), config.sharedData());
        assertEquals("auto", config.transport());
        assertEquals("log", config.push().sender());
    }

    @Test
    void lifetime_neverAboveTwoMinutes() {
        assertEquals(120, config(Map.of(AppConfig.LIFETIME_SECONDS, "900")).lifetimeSeconds());
        assertEquals(30, config(Map.of(AppConfig.LIFETIME_SECONDS, "1")).lifetimeSeconds());
        assertEquals(120, config(Map.of(AppConfig.LIFETIME_SECONDS, "two minutes")).lifetimeSeconds());
    }

    @Test
    void unknownValues_fallBackSafely() {
        AppConfig config = config(Map.of(AppConfig.ICON_MODE, "sometimes", AppConfig.ICON_COUNT, "40",
                AppConfig.SHARED_DATA, "niss, password ,email,niss", AppConfig.TRANSPORT, "websocket"));
        assertEquals(AppConfig.IconMode.NEW_BROWSER, config.iconMode());
        assertEquals(6, config.iconCount());
        assertEquals(List.of("niss", "email"), config.sharedData());
        assertEquals("auto", config.transport());
    }

    @Test
    void webhookUrl_onlyHttp() {
        assertEquals(true, config(Map.of("dk.push.webhook.url", "https://push.example.be/x")).push().webhookUrl().isPresent());
        assertEquals(false, config(Map.of("dk.push.webhook.url", "file:///etc/passwd")).push().webhookUrl().isPresent());
        assertEquals(false, config(Map.of("dk.push.webhook.url", "not a url")).push().webhookUrl().isPresent());
    }
}
