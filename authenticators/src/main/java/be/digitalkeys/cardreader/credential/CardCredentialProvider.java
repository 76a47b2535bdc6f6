package be.digitalkeys.cardreader.credential;

import java.util.Optional;
import java.util.stream.Stream;

import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Bank cards: several per user, each its own credential. Registered by admins (see CardAdminResource). */
public class CardCredentialProvider implements CredentialProvider<CardCredentialModel> {

    private final KeycloakSession session;

    public CardCredentialProvider(KeycloakSession session) {
        this.session = session;
    }

    public static Stream<CardCredentialModel> cards(UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(CardCredentialModel.TYPE).map(CardCredentialModel::fromModel);
    }

    /** The user's card with these 17 digits, whatever its status. */
    public static Optional<CardCredentialModel> card(UserModel user, String digits) {
        return cards(user).filter(c -> c.data().cardNumber().equals(digits)).findFirst();
    }

    public static Optional<CardCredentialModel> cardById(UserModel user, String credentialId) {
        CredentialModel stored = credentialId == null ? null : user.credentialManager().getStoredCredentialById(credentialId);
        return stored == null || !CardCredentialModel.TYPE.equals(stored.getType())
                ? Optional.empty() : Optional.of(CardCredentialModel.fromModel(stored));
    }

    @Override
    public String getType() {
        return CardCredentialModel.TYPE;
    }

    @Override
    public CredentialModel createCredential(RealmModel realm, UserModel user, CardCredentialModel model) {
        return user.credentialManager().createStoredCredential(model);
    }

    @Override
    public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
        return user.credentialManager().removeStoredCredentialById(credentialId);
    }

    @Override
    public CardCredentialModel getCredentialFromModel(CredentialModel model) {
        return CardCredentialModel.fromModel(model);
    }

    @Override
    public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext metadataContext) {
        return CredentialTypeMetadata.builder()
                .type(getType())
                .category(CredentialTypeMetadata.Category.TWO_FACTOR)
                .displayName("dkCardDisplayName")
                .helpText("dkCardHelpText")
                .iconCssClass("kcAuthenticatorOTPClass")
                .removeable(false)
                .build(session);
    }
}
