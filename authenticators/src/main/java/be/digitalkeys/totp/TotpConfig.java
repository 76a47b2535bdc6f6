package be.digitalkeys.totp;

import java.util.List;
import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Typed view of the dk-totp execution's configuration. */
public final class TotpConfig {

    public static final String REMEMBER_DEVICE_DAYS = "rememberDeviceDays";
    public static final int DEFAULT_REMEMBER_DEVICE_DAYS = 30;
    public static final int MAX_REMEMBER_DEVICE_DAYS = 365;

    public static final List<ProviderConfigProperty> CONFIG_PROPERTIES = ProviderConfigurationBuilder.create()
            .property()
            .name(REMEMBER_DEVICE_DAYS)
            .label("Remember this device (days)")
            .helpText("How long a browser on which the user ticked 'Remember this device' skips the code."
                    + " 0 hides the option. A password change or an authenticator reset revokes it.")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue(String.valueOf(DEFAULT_REMEMBER_DEVICE_DAYS))
            .add()
            .build();

    private final Map<String, String> config;

    public TotpConfig(AuthenticatorConfigModel model) {
        this.config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    }

    /** Days a device stays remembered, 0 when the option is off. */
    public int rememberDeviceDays() {
        return be.digitalkeys.common.Values.bounded(config.get(REMEMBER_DEVICE_DAYS), DEFAULT_REMEMBER_DEVICE_DAYS, 0,
                MAX_REMEMBER_DEVICE_DAYS);
    }
}
