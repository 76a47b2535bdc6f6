package be.digitalkeys.app.credential;

import java.util.List;
import java.util.Optional;

import be.digitalkeys.app.AppEnrolRequiredActionFactory;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Phones with the app, listed in the account console ("Signing in") where the user adds one
 * (the enrolment required action) or removes one. Enrolling a number again replaces its device.
 */
public class AppDeviceCredentialProvider implements CredentialProvider<AppDeviceCredentialModel> {

    /** User attribute holding the E.164 numbers of the user's devices, so a login can start from a number. */
    public static final String PHONE_ATTRIBUTE = "dk-app-phone";

    private final KeycloakSession session;

    public AppDeviceCredentialProvider(KeycloakSession session) {
        this.session = session;
    }

    public static List<AppDeviceCredentialModel> devices(UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(AppDeviceCredentialModel.TYPE)
                .map(AppDeviceCredentialModel::fromModel).toList();
    }

    public static Optional<AppDeviceCredentialModel> device(UserModel user, String deviceId) {
        if (deviceId == null || deviceId.length() > 64) {
            return Optional.empty();
        }
        CredentialModel stored = user.credentialManager().getStoredCredentialById(deviceId);
        return stored == null || !AppDeviceCredentialModel.TYPE.equals(stored.getType())
                ? Optional.empty() : Optional.of(AppDeviceCredentialModel.fromModel(stored));
    }

    @Override
    public String getType() {
        return AppDeviceCredentialModel.TYPE;
    }

    @Override
    public CredentialModel createCredential(RealmModel realm, UserModel user, AppDeviceCredentialModel model) {
        String phone = model.data().phone();
        devices(user).stream().filter(d -> phone.equals(d.data().phone()))
                .forEach(old -> user.credentialManager().removeStoredCredentialById(old.getId()));
        CredentialModel created = user.credentialManager().createStoredCredential(model);
        syncPhones(user);
        return created;
    }

    @Override
    public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
        boolean removed = user.credentialManager().removeStoredCredentialById(credentialId);
        syncPhones(user);
        return removed;
    }

    /** The phone attribute follows the devices, so a removed phone can no longer start a login. */
    private static void syncPhones(UserModel user) {
        List<String> phones = devices(user).stream().map(d -> d.data().phone()).distinct().toList();
        if (phones.isEmpty()) {
            user.removeAttribute(PHONE_ATTRIBUTE);
        } else {
            user.setAttribute(PHONE_ATTRIBUTE, phones);
        }
    }

    @Override
    public AppDeviceCredentialModel getCredentialFromModel(CredentialModel model) {
        return AppDeviceCredentialModel.fromModel(model);
    }

    @Override
    public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext metadataContext) {
        return CredentialTypeMetadata.builder()
                .type(getType())
                .category(CredentialTypeMetadata.Category.PASSWORDLESS)
                .displayName("dkAppDeviceDisplayName")
                .helpText("dkAppDeviceHelpText")
                .iconCssClass("kcAuthenticatorOTPClass")
                .createAction(AppEnrolRequiredActionFactory.PROVIDER_ID)
                .removeable(true)
                .build(session);
    }
}
