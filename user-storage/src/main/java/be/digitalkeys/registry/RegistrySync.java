package be.digitalkeys.registry;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserManager;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.storage.UserStoragePrivateUtil;
import org.keycloak.storage.UserStorageProviderModel;
import org.keycloak.storage.user.SynchronizationResult;

/**
 * Import mode's periodic sync. Full: every registry person is created or updated in Keycloak and
 * imported people no longer in the registry are removed. Changed: only the rows whose last-change
 * column moved since the previous sync (a full sync when there is no such column). Each page is
 * its own transaction, so a long sync never holds one open.
 */
final class RegistrySync {

    private static final Logger LOG = Logger.getLogger(RegistrySync.class);
    static final int PAGE = 200;

    private final KeycloakSessionFactory sessionFactory;
    private final String realmId;
    private final UserStorageProviderModel model;
    private final RegistryDirectory directory;

    RegistrySync(KeycloakSessionFactory sessionFactory, String realmId, UserStorageProviderModel model, RegistryDirectory directory) {
        this.sessionFactory = sessionFactory;
        this.realmId = realmId;
        this.model = model;
        this.directory = directory;
    }

    SynchronizationResult full() {
        SynchronizationResult result = copy(offset -> directory.page(offset, PAGE));
        removeGone(result);
        LOG.infof("Registry '%s' full sync: %s", model.getName(), result.getStatus());
        return result;
    }

    SynchronizationResult changedSince(Date lastSync) {
        if (!directory.tracksChanges() || lastSync == null) {
            return full();
        }
        Timestamp since = new Timestamp(lastSync.getTime());
        SynchronizationResult result = copy(offset -> directory.changedSince(since, offset, PAGE));
        LOG.infof("Registry '%s' changed-users sync: %s", model.getName(), result.getStatus());
        return result;
    }

    private SynchronizationResult copy(IntFunction<List<RegistryUser>> pages) {
        SynchronizationResult result = new SynchronizationResult();
        int offset = 0;
        while (true) {
            List<RegistryUser> page;
            try {
                page = pages.apply(offset);
            } catch (RegistryUnavailableException e) {
                LOG.warnf("%s; sync stopped after %d people", e.getMessage(), offset);
                result.increaseFailed();
                return result;
            }
            KeycloakModelUtils.runJobInTransaction(sessionFactory, session -> {
                RealmModel realm = session.realms().getRealm(realmId);
                session.getContext().setRealm(realm);
                RegistryImport importer = new RegistryImport(session, realm, model);
                for (RegistryUser person : page) {
                    if (person.id() == null || person.username() == null || person.username().isBlank()) {
                        result.increaseFailed();
                        continue;
                    }
                    switch (importer.upsert(person)) {
                        case ADDED -> result.increaseAdded();
                        case UPDATED -> result.increaseUpdated();
                        case CONFLICT -> result.increaseFailed();
                        case UNCHANGED -> { }
                    }
                }
            });
            offset += page.size();
            if (page.size() < PAGE) {
                return result;
            }
        }
    }

    /** Imported people whose registry row is gone are removed from Keycloak. */
    private void removeGone(SynchronizationResult result) {
        List<String[]> imported = new ArrayList<>();
        KeycloakModelUtils.runJobInTransaction(sessionFactory, session -> {
            RealmModel realm = session.realms().getRealm(realmId);
            session.getContext().setRealm(realm);
            UserStoragePrivateUtil.userLocalStorage(session)
                    .searchForUserStream(realm, Map.of(UserModel.INCLUDE_SERVICE_ACCOUNT, "false"))
                    .filter(u -> model.getId().equals(u.getFederationLink()))
                    .forEach(u -> imported.add(new String[] {u.getId(), u.getFirstAttribute(RegistryAttributes.REGISTRY_ID)}));
        });
        for (int start = 0; start < imported.size(); start += PAGE) {
            List<String[]> batch = imported.subList(start, Math.min(imported.size(), start + PAGE));
            Set<String> present;
            try {
                present = directory.existing(batch.stream().map(b -> b[1]).filter(id -> id != null).toList());
            } catch (RegistryUnavailableException e) {
                LOG.warnf("%s; removal of deleted people skipped", e.getMessage());
                return;
            }
            List<String> gone = batch.stream().filter(b -> b[1] == null || !present.contains(b[1])).map(b -> b[0]).toList();
            if (gone.isEmpty()) {
                continue;
            }
            KeycloakModelUtils.runJobInTransaction(sessionFactory, session -> {
                RealmModel realm = session.realms().getRealm(realmId);
                session.getContext().setRealm(realm);
                for (String id : gone) {
                    UserModel user = UserStoragePrivateUtil.userLocalStorage(session).getUserById(realm, id);
                    if (user != null && new UserManager(session).removeUser(realm, user, UserStoragePrivateUtil.userLocalStorage(session))) {
                        result.increaseRemoved();
                    }
                }
            });
        }
    }
}
