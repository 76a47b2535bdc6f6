package be.digitalkeys.activation;

import java.util.Optional;

import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** At most one pending activation per person: a new one replaces the old. */
public class ActivationCodeCredentialProvider implements CredentialProvider<ActivationCodeCredentialModel> {

    private final KeycloakSession session;

    public ActivationCodeCredentialProvider(KeycloakSession session) {
        this.session = session;
    }

    public static Optional<ActivationCodeCredentialModel> pending(UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(ActivationCodeCredentialModel.TYPE)
                .map(ActivationCodeCredentialModel::fromModel).findFirst();
    }

    @Override
    public String getType() {
        return ActivationCodeCredentialModel.TYPE;
    }

    @Override
    public CredentialModel createCredential(RealmModel realm, UserModel user, ActivationCodeCredentialModel model) {
        pending(user).ifPresent(old -> user.credentialManager().removeStoredCredentialById(old.getId()));
        return user.credentialManager().createStoredCredential(model);
    }

    @Override
    public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
        return user.credentialManager().removeStoredCredentialById(credentialId);
    }

    @Override
    public ActivationCodeCredentialModel getCredentialFromModel(CredentialModel model) {
        return ActivationCodeCredentialModel.fromModel(model);
    }

    @Override
    public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext metadataContext) {
        return CredentialTypeMetadata.builder()
                .type(getType())
                .category(CredentialTypeMetadata.Category.BASIC_AUTHENTICATION)
                .displayName("dkActivationCodeDisplayName")
                .helpText("dkActivationCodeHelpText")
                .removeable(true)
                .build(session);
    }
}
