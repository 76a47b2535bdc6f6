package be.digitalkeys.chooser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

class KeyConditionConfigTest {

    private static AuthenticatorConfigModel config(Map<String, String> values) {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setAlias("test");
        model.setConfig(values);
        return model;
    }

    @Test
    void aConfiguredKey_declaresItsTile() {
        KeyTile tile = KeyConditionConfig.tile(config(Map.of("key", "email-code", "group", "security-code", "order", "10")));
        assertEquals("email-code", tile.getId());
        assertEquals(KeyTile.GROUP_SECURITY_CODE, tile.getGroup());
        assertEquals(10, tile.getOrder());
        assertEquals("dkKey.email-code.title", tile.getTitleKey());
        assertEquals("dkKey.email-code.info", tile.getInfoKey());
    }

    @Test
    void identityGroup_andDefaults() {
        KeyTile tile = KeyConditionConfig.tile(config(Map.of("key", "eid", "group", "identity")));
        assertEquals(KeyTile.GROUP_IDENTITY, tile.getGroup());
        assertEquals(10, tile.getOrder());
        assertEquals(KeyTile.GROUP_SECURITY_CODE, KeyConditionConfig.tile(config(Map.of("key", "x1", "group", "other"))).getGroup());
        assertEquals(10, KeyConditionConfig.tile(config(Map.of("key", "x1", "order", "not a number"))).getOrder());
    }

    @Test
    void missingOrUnsafeKeyIds_declareNoTile() {
        assertNull(KeyConditionConfig.tile(null));
        assertNull(KeyConditionConfig.tile(config(Map.of())));
        assertNull(KeyConditionConfig.tile(config(Map.of("key", "Email Code"))));
        assertNull(KeyConditionConfig.tile(config(Map.of("key", "<script>"))));
        assertNull(KeyConditionConfig.tile(config(Map.of("key", "a".repeat(40)))));
    }
}
