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
            .build();

    private KeyConditionConfig() {
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
        return new KeyTile(key, group, order);
    }
}
