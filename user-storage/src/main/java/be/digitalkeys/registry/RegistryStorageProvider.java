package be.digitalkeys.registry;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import be.digitalkeys.common.UserAttributes;
import be.digitalkeys.registry.RegistryConfig.Field;
import org.jboss.logging.Logger;
import org.keycloak.credential.CredentialInput;
import org.keycloak.credential.CredentialInputUpdater;
import org.keycloak.credential.CredentialInputValidator;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.storage.ReadOnlyException;
import org.keycloak.storage.StorageId;
import org.keycloak.storage.UserStoragePrivateUtil;
import org.keycloak.storage.UserStorageProvider;
import org.keycloak.storage.UserStorageProviderModel;
import org.keycloak.storage.user.ImportedUserValidation;
import org.keycloak.storage.user.UserLookupProvider;
import org.keycloak.storage.user.UserQueryProvider;

/**
 * An operator's registry as a Keycloak user source ({@code dk-registry}). Log-in look-ups (by
 * username, e-mail, NISS, card number, phone) fail loudly when the registry is down, so the user
 * is told the truth instead of "wrong password"; admin-console listings degrade to Keycloak's own
 * users. Legacy passwords are verified against the registry's hash and, in import mode, moved into
 * Keycloak on the first successful login.
 */
public class RegistryStorageProvider implements UserStorageProvider, UserLookupProvider, UserQueryProvider,
        CredentialInputValidator, CredentialInputUpdater, ImportedUserValidation {

    private static final Logger LOG = Logger.getLogger(RegistryStorageProvider.class);
    private static final String PASSWORD_SETUP_ACTION = "dk-password-setup";

    private final KeycloakSession session;
    private final UserStorageProviderModel model;
    private final RegistryConfig config;
    private final RegistryDirectory directory;

    RegistryStorageProvider(KeycloakSession session, UserStorageProviderModel model, RegistryConfig config, RegistryDirectory directory) {
        this.session = session;
        this.model = model;
        this.config = config;
        this.directory = directory;
    }

    // ---- look-ups (log-in path: unavailability is an error the login page explains) ----

    @Override
    public UserModel getUserById(RealmModel realm, String id) {
        return directory.findById(StorageId.externalId(id)).map(p -> toUser(realm, p)).orElse(null);
    }

    @Override
    public UserModel getUserByUsername(RealmModel realm, String username) {
        return directory.findBy(Field.USERNAME, username).map(p -> toUser(realm, p)).orElse(null);
    }

    @Override
    public UserModel getUserByEmail(RealmModel realm, String email) {
        return directory.findBy(Field.EMAIL, email).map(p -> toUser(realm, p)).orElse(null);
    }

    @Override
    public Stream<UserModel> searchForUserByUserAttributeStream(RealmModel realm, String name, String value) {
        Optional<RegistryUser> found = switch (name) {
            case UserAttributes.NISS -> directory.findBy(Field.NISS, value);
            case UserAttributes.PHONE -> directory.findBy(Field.PHONE, value);
            case UserAttributes.CARD_NUMBER -> directory.findByCardNumber(value);
            default -> Optional.empty();
        };
        return found.map(p -> toUser(realm, p)).stream().filter(Objects::nonNull);
    }

    // ---- listings for the admin console (unavailability: Keycloak's own users still listed) ----

    @Override
    public Stream<UserModel> searchForUserStream(RealmModel realm, Map<String, String> params, Integer firstResult, Integer maxResults) {
        int first = firstResult == null || firstResult < 0 ? 0 : firstResult;
        int max = maxResults == null || maxResults < 0 ? 100 : Math.min(maxResults, 1000);
        return listing(() -> {
            String search = params.get(UserModel.SEARCH);
            if (search != null) {
                String trimmed = search.strip();
                return trimmed.isEmpty() || "*".equals(trimmed) ? directory.all(first, max).stream()
                        : directory.search(trimmed, first, max).stream();
            }
            Optional<Stream<RegistryUser>> exact = RegistrySearch.exact(directory, params);
            return exact.orElseGet(() -> RegistrySearch.onlySystemKeys(params) ? directory.all(first, max).stream() : Stream.empty());
        }).filter(p -> !alreadyImported(realm, p)).map(p -> toUser(realm, p)).filter(Objects::nonNull);
    }

    @Override
    public int getUsersCount(RealmModel realm) {
        try {
            return directory.count();
        } catch (RegistryUnavailableException e) {
            LOG.warnf("%s; counted as 0", e.getMessage());
            return 0;
        }
    }

    @Override
    public int getUsersCount(RealmModel realm, String search) {
        try {
            String trimmed = search == null ? "" : search.strip();
            return trimmed.isEmpty() || "*".equals(trimmed) ? directory.count() : directory.countSearch(trimmed);
        } catch (RegistryUnavailableException e) {
            LOG.warnf("%s; counted as 0", e.getMessage());
            return 0;
        }
    }

    @Override
    public Stream<UserModel> getGroupMembersStream(RealmModel realm, GroupModel group, Integer firstResult, Integer maxResults) {
        return Stream.empty();
    }

    private Stream<RegistryUser> listing(Supplier<Stream<RegistryUser>> query) {
        try {
            return query.get().toList().stream();
        } catch (RegistryUnavailableException e) {
            LOG.warnf("%s; listing Keycloak's own users only", e.getMessage());
            return Stream.empty();
        }
    }

    /** In import mode Keycloak lists the people already copied itself; listing them here too would show them twice. */
    private boolean alreadyImported(RealmModel realm, RegistryUser person) {
        return config.importMode() && person.username() != null
                && UserStoragePrivateUtil.userLocalStorage(session).getUserByUsername(realm, person.username()) != null;
    }

    private UserModel toUser(RealmModel realm, RegistryUser person) {
        if (person.id() == null || person.username() == null || person.username().isBlank()) {
            return null;
        }
        if (config.importMode()) {
            return new RegistryImport(session, realm, model).localUser(person);
        }
        return new RegistryUserAdapter(session, realm, model, person);
    }

    // ---- imported users: the registry is read by the sync, not at every look-up ----

    @Override
    public UserModel validate(RealmModel realm, UserModel user) {
        return user;
    }

    // ---- passwords ----

    @Override
    public boolean supportsCredentialType(String credentialType) {
        return PasswordCredentialModel.TYPE.equals(credentialType) && config.column(Field.PASSWORD).isPresent();
    }

    @Override
    public boolean isConfiguredFor(RealmModel realm, UserModel user, String credentialType) {
        return supportsCredentialType(credentialType) && !migrated(user);
    }

    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        if (!supportsCredentialType(input.getType()) || !(input instanceof UserCredentialModel) || migrated(user)) {
            return false;
        }
        Optional<RegistryUser> person = user instanceof RegistryUserAdapter adapter
                ? directory.findById(adapter.person().id()) // fresh: enabled flag and hash as they are now
                : Optional.ofNullable(user.getFirstAttribute(RegistryAttributes.REGISTRY_ID)).flatMap(directory::findById);
        if (person.isEmpty() || !person.get().enabled() || person.get().passwordHash() == null) {
            return false;
        }
        boolean valid;
        try {
            valid = LegacyPasswords.matches(person.get().passwordHash(), input.getChallengeResponse());
        } catch (UnsupportedHashException e) {
            LOG.warnf("Registry '%s': the password hash of registry entry %s cannot be verified (%s)", model.getName(),
                    person.get().id(), e.getMessage());
            return false;
        }
        if (valid && config.migratePasswords()) {
            migrate(realm, user, input.getChallengeResponse());
        }
        return valid;
    }

    /** Keycloak keeps its own hash from now on; a password its policy refuses must be changed at this login. */
    private void migrate(RealmModel realm, UserModel user, String password) {
        try {
            user.credentialManager().updateCredential(UserCredentialModel.password(password, false));
            LOG.debugf("Registry '%s': password of %s migrated into Keycloak", model.getName(), user.getId());
        } catch (ModelException e) {
            RequiredActionProviderModel setup = realm.getRequiredActionProviderByAlias(PASSWORD_SETUP_ACTION);
            user.addRequiredAction(setup != null && setup.isEnabled() ? PASSWORD_SETUP_ACTION : UserModel.RequiredAction.UPDATE_PASSWORD.name());
            LOG.infof("Registry '%s': the legacy password of %s does not meet the realm's policy; a new one is asked at this login",
                    model.getName(), user.getId());
        }
    }

    private boolean migrated(UserModel user) {
        return config.importMode() && !(user instanceof RegistryUserAdapter)
                && user.credentialManager().isConfiguredLocally(PasswordCredentialModel.TYPE);
    }

    @Override
    public boolean updateCredential(RealmModel realm, UserModel user, CredentialInput input) {
        if (config.importMode()) {
            return false; // Keycloak's own password store takes it
        }
        throw new ReadOnlyException("Passwords of registry users are managed in the registry");
    }

    @Override
    public void disableCredentialType(RealmModel realm, UserModel user, String credentialType) {
        // nothing: a registry password cannot be disabled from Keycloak
    }

    @Override
    public Stream<String> getDisableableCredentialTypesStream(RealmModel realm, UserModel user) {
        return Stream.empty();
    }

    @Override
    public void close() {
        // the pool belongs to the factory and outlives this request
    }
}
