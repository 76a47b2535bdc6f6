package be.digitalkeys.securitycode.credential;

import java.util.Optional;

import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Security-code keys: one per channel; a new key for a channel replaces the old one. */
public class SecurityCodeKeyCredentialProvider implements CredentialProvider<SecurityCodeKeyCredentialModel> {

    private final KeycloakSession session;

    public SecurityCodeKeyCredentialProvider(KeycloakSession session) {
        this.session = session;
    }

    /** The user's key for a channel, if any. */
    public static Optional<SecurityCodeKeyCredentialModel> keyFor(UserModel user, SecurityCodeKeyCredentialModel.Channel channel) {
        return user.credentialManager().getStoredCredentialsByTypeStream(SecurityCodeKeyCredentialModel.TYPE)
                .map(SecurityCodeKeyCredentialModel::fromModel)
                .filter(k -> k.isFor(channel))
                .findFirst();
    }

    @Override
    public String getType() {
        return SecurityCodeKeyCredentialModel.TYPE;
    }

    @Override
    public CredentialModel createCredential(RealmModel realm, UserModel user, SecurityCodeKeyCredentialModel model) {
        SecurityCodeKeyCredentialModel.Channel channel = SecurityCodeKeyCredentialModel.Channel.fromId(model.data().channel());
        keyFor(user, channel).ifPresent(old -> user.credentialManager().removeStoredCredentialById(old.getId()));
        return user.credentialManager().createStoredCredential(model);
    }

    @Override
    public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
        return user.credentialManager().removeStoredCredentialById(credentialId);
    }

    @Override
    public SecurityCodeKeyCredentialModel getCredentialFromModel(CredentialModel model) {
        return SecurityCodeKeyCredentialModel.fromModel(model);
    }

    @Override
    public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext metadataContext) {
        return CredentialTypeMetadata.builder()
                .type(getType())
                .category(CredentialTypeMetadata.Category.TWO_FACTOR)
                .displayName("dkSecurityCodeKeyDisplayName")
                .helpText("dkSecurityCodeKeyHelpText")
                .iconCssClass("kcAuthenticatorOTPClass")
                .removeable(true)
                .build(session);
    }
}
