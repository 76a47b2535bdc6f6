package be.digitalkeys.securitycode;

import be.digitalkeys.common.DkAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.credential.OTPCredentialModel;

/** Category "otp", so Keycloak's brute-force detection counts wrong codes. */
public class SecurityCodeAuthenticatorFactory extends DkAuthenticatorFactory {

    public static final String PROVIDER_ID = "dk-security-code";
    private static final SecurityCodeAuthenticator SINGLETON = new SecurityCodeAuthenticator();

    public SecurityCodeAuthenticatorFactory() {
        super(PROVIDER_ID, "Digital Keys: security code by e-mail or SMS",
                "Sends a single-use security code to the user's digital key (e-mail address or phone) and asks for it.",
                OTPCredentialModel.TYPE, SecurityCodeConfig.CONFIG_PROPERTIES, REQUIREMENT_CHOICES);
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }
}
