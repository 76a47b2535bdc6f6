package be.digitalkeys.eid;

import be.digitalkeys.common.DkAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.credential.OTPCredentialModel;

/** Category "otp", so Keycloak's brute-force detection counts refused signatures of known cards. */
public class EidAuthenticatorFactory extends DkAuthenticatorFactory {

    public static final String PROVIDER_ID = "dk-eid";
    private static final EidAuthenticator SINGLETON = new EidAuthenticator();

    public EidAuthenticatorFactory() {
        super(PROVIDER_ID, "Digital Keys: eID card (Web eID)",
                "Belgian eID card with PIN through the Web eID extension and app: certificate chain, OCSP and signature checked, account found by the national register number.",
                OTPCredentialModel.TYPE, EidConfig.CONFIG_PROPERTIES, REQUIREMENT_CHOICES);
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }
}
