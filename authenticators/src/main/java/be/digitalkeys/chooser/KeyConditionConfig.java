package be.digitalkeys.chooser;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Typed view of a {@code dk-condition-key} execution's configuration: the tile it declares. */
public final class KeyConditionConfig {

    public static final String KEY = "key";
    public static final String GROUP = "group";
    public static final String ORDER = "order";
    public static final String LEVEL = "level";
    static final Pattern KEY_ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public static final List<ProviderConfigProperty> CONFIG_PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(KEY).label("Digital key id")
            .helpText("Identifier of the digital key this subflow implements, e.g. 'email-code'. The chooser shows "
                    + "the messages dkKey.<id>.title and dkKey.<id>.info of the login theme.")
            .type(ProviderConfigProperty.STRING_TYPE).add()
            .property().name(GROUP).label("Group on the chooser")
            .helpText("'identity' (with eID or digital identity) or 'security-code' (with a security code and username + password).")
            .type(ProviderConfigProperty.LIST_TYPE).options(KeyTile.GROUP_IDENTITY, KeyTile.GROUP_SECURITY_CODE)
            .defaultValue(KeyTile.GROUP_SECURITY_CODE).add()
            .property().name(ORDER).label("Order").helpText("Position of the tile inside its group (smallest first).")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("10").add()
            .property().name(LEVEL).label("Level of assurance")
            .helpText("The level this key reaches, as a number of the realm's ACR to LoA mapping (acr.loa.map; in our realms "
                    + "1 = low, 2 = substantial, 3 = high). The chooser offers the key only to services that ask for this level "
                    + "or less, a login with it reaches this level, and the 'dk levels of assurance' subflow says how long the "
                    + "session keeps it. Empty: the key has no level and is offered only when no level is asked for.")
            .type(ProviderConfigProperty.LIST_TYPE).options("", "1", "2", "3").defaultValue("").add()
            .build();

    private KeyConditionConfig() {
    }

    /** A level number from 0 to 9, or {@link KeyTile#NO_LEVEL} when empty or not a level. */
    static int level(String value) {
        if (value == null || !value.trim().matches("[0-9]")) {
            return KeyTile.NO_LEVEL;
        }
        return Integer.parseInt(value.trim());
    }

    /** The tile this configuration declares, or null when it declares none (no or invalid key id). */
    public static KeyTile tile(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        String key = config.get(KEY);
        if (key == null || !KEY_ID.matcher(key).matches()) {
            return null;
        }
        String group = KeyTile.GROUP_IDENTITY.equals(config.get(GROUP)) ? KeyTile.GROUP_IDENTITY : KeyTile.GROUP_SECURITY_CODE;
        int order;
        try {
            order = Integer.parseInt(config.getOrDefault(ORDER, "10").trim());
        } catch (NumberFormatException e) {
            order = 10;
        }
        return new KeyTile(key, group, order, level(config.get(LEVEL)));
    }
}
