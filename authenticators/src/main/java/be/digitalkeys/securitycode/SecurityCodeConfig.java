package be.digitalkeys.securitycode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.digitalkeys.securitycode.credential.SecurityCodeKeyCredentialModel.Channel;
import be.digitalkeys.sms.SmsGatewayConfig;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Typed view of a dk-security-code execution's configuration, with the seed's defaults. */
public final class SecurityCodeConfig {

    public static final String CHANNEL = "channel";
    public static final String CODE_LENGTH = "codeLength";
    public static final String ALPHABET = "alphabet";
    public static final String VALIDITY_SECONDS = "validitySeconds";
    public static final String MAX_ATTEMPTS = "maxAttempts";
    public static final String RESEND_COOLDOWN_SECONDS = "resendCooldownSeconds";
    public static final String MAX_CODES_PER_HOUR = "maxCodesPerHour";

    public static final List<ProviderConfigProperty> CONFIG_PROPERTIES;

    static {
        List<ProviderConfigProperty> properties = new ArrayList<>(ProviderConfigurationBuilder.create()
                .property().name(CHANNEL).label("Channel").helpText("Where the code goes: the key's e-mail address or phone (SMS).")
                .type(ProviderConfigProperty.LIST_TYPE).options("email", "sms").defaultValue("email").add()
                .property().name(CODE_LENGTH).label("Code length").helpText("4 to 12 characters.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("6").add()
                .property().name(ALPHABET).label("Code alphabet")
                .helpText("Characters a code is made of (2+ distinct, no spaces or dashes). Digits by default.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(CodeFormat.DIGITS).add()
                .property().name(VALIDITY_SECONDS).label("Validity (seconds)")
                .helpText("How long a login code can be used: 10 minutes in the seed.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("600").add()
                .property().name(MAX_ATTEMPTS).label("Wrong codes per code")
                .helpText("After this many wrong codes the code stops working and the user asks for a new one. "
                        + "Every wrong code is also counted by the realm's brute-force detection.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("3").add()
                .property().name(RESEND_COOLDOWN_SECONDS).label("Resend cooldown (seconds)")
                .helpText("Minimum time between two sendings of the same code.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("30").add()
                .property().name(MAX_CODES_PER_HOUR).label("Codes per user per hour")
                .helpText("Cap on sendings (new codes and resends) per user in any 60 minutes, for the whole cluster.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("5").add()
                .build());
        properties.addAll(SmsGatewayConfig.CONFIG_PROPERTIES);
        CONFIG_PROPERTIES = List.copyOf(properties);
    }

    private final Map<String, String> config;

    /**
     * The configuration of the realm's dk-security-code step for a channel (code format, SMS
     * gateway), so that other pages sending codes to that channel behave the same.
     */
    public static SecurityCodeConfig forChannel(org.keycloak.models.RealmModel realm, Channel channel) {
        return realm.getAuthenticationFlowsStream()
                .flatMap(flow -> realm.getAuthenticationExecutionsStream(flow.getId()))
                .filter(e -> SecurityCodeAuthenticatorFactory.PROVIDER_ID.equals(e.getAuthenticator()) && e.getAuthenticatorConfig() != null)
                .map(e -> new SecurityCodeConfig(realm.getAuthenticatorConfigById(e.getAuthenticatorConfig())))
                .filter(c -> c.channel() == channel)
                .findFirst()
                .orElseGet(() -> new SecurityCodeConfig(null));
    }

    public SecurityCodeConfig(AuthenticatorConfigModel model) {
        this.config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    }

    public Map<String, String> raw() {
        return config;
    }

    public Channel channel() {
        return "sms".equals(config.get(CHANNEL)) ? Channel.SMS : Channel.EMAIL;
    }

    /** The configured format, or 6 digits when the configuration is unusable. */
    public CodeFormat format() {
        try {
            return CodeFormat.of(number(CODE_LENGTH, 6, CodeFormat.MIN_LENGTH, CodeFormat.MAX_LENGTH),
                    config.getOrDefault(ALPHABET, CodeFormat.DIGITS));
        } catch (IllegalArgumentException e) {
            return CodeFormat.of(6, CodeFormat.DIGITS);
        }
    }

    public int validitySeconds() {
        return number(VALIDITY_SECONDS, 600, 60, 3600);
    }

    public int maxAttempts() {
        return number(MAX_ATTEMPTS, 3, 1, 10);
    }

    public int resendCooldownSeconds() {
        return number(RESEND_COOLDOWN_SECONDS, 30, 0, 600);
    }

    public int maxCodesPerHour() {
        return number(MAX_CODES_PER_HOUR, 5, 1, 50);
    }

    private int number(String key, int fallback, int min, int max) {
        return be.digitalkeys.common.Values.bounded(config.get(key), fallback, min, max);
    }
}
