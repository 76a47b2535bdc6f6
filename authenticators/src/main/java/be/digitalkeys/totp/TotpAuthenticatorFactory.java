package be.digitalkeys.totp;

import java.util.Set;

import be.digitalkeys.common.DkAuthenticatorFactory;
import be.digitalkeys.totp.remember.RememberedDeviceCredentialModel;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.credential.OTPCredentialModel;

public class TotpAuthenticatorFactory extends DkAuthenticatorFactory {

    public static final String PROVIDER_ID = "dk-totp";
    private static final TotpAuthenticator SINGLETON = new TotpAuthenticator();

    public TotpAuthenticatorFactory() {
        super(PROVIDER_ID, "Digital Keys: authenticator app code (remember device)",
                "Asks for the code of the user's authenticator app (TOTP), with replay protection, clock diagnosis and an optional 'Remember this device'.",
                OTPCredentialModel.TYPE, TotpConfig.CONFIG_PROPERTIES, REQUIREMENT_CHOICES);
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public Set<String> getOptionalReferenceCategories(KeycloakSession session) {
        return Set.of(RememberedDeviceCredentialModel.TYPE);
    }

    @Override
    public boolean isUserSetupAllowed() {
        return true;
    }
}
