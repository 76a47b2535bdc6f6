package be.digitalkeys.app;

import java.util.Set;

import be.digitalkeys.app.credential.AppDeviceCredentialModel;
import be.digitalkeys.common.DkAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.credential.OTPCredentialModel;

/** Category "otp", so Keycloak's brute-force detection counts wrong icons (a "this was not me" refusal is not counted). */
public class AppAuthenticatorFactory extends DkAuthenticatorFactory {

    public static final String PROVIDER_ID = "dk-app";
    private static final AppAuthenticator SINGLETON = new AppAuthenticator();

    public AppAuthenticatorFactory() {
        super(PROVIDER_ID, "Digital Keys: phone app (push and icon)",
                "Login confirmed in the Digital Keys phone app: push, icon to match, 5-digit app code or biometrics, signed by the device key.",
                OTPCredentialModel.TYPE, AppConfig.CONFIG_PROPERTIES, REQUIREMENT_CHOICES);
    }

    /** The device credential too, so the account console lists the app under "Signing in" with its "Set up" and "Remove". */
    @Override
    public Set<String> getOptionalReferenceCategories(KeycloakSession session) {
        return Set.of(AppDeviceCredentialModel.TYPE);
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }
}
