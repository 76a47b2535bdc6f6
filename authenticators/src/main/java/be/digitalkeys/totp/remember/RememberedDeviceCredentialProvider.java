package be.digitalkeys.totp.remember;

import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Lets users (account console) and admins see and remove remembered browsers. */
public class RememberedDeviceCredentialProvider implements CredentialProvider<RememberedDeviceCredentialModel> {

    private final KeycloakSession session;

    public RememberedDeviceCredentialProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getType() {
        return RememberedDeviceCredentialModel.TYPE;
    }

    @Override
    public CredentialModel createCredential(RealmModel realm, UserModel user, RememberedDeviceCredentialModel model) {
        return user.credentialManager().createStoredCredential(model);
    }

    @Override
    public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
        return user.credentialManager().removeStoredCredentialById(credentialId);
    }

    @Override
    public RememberedDeviceCredentialModel getCredentialFromModel(CredentialModel model) {
        return RememberedDeviceCredentialModel.fromModel(model);
    }

    @Override
    public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext metadataContext) {
        return CredentialTypeMetadata.builder()
                .type(getType())
                .category(CredentialTypeMetadata.Category.TWO_FACTOR)
                .displayName("dkRememberedDeviceDisplayName")
                .helpText("dkRememberedDeviceHelpText")
                .iconCssClass("kcAuthenticatorOTPClass")
                .removeable(true)
                .build(session);
    }
}
