package be.digitalkeys.common;

import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.jpa.entities.CredentialEntity;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.storage.jpa.entity.FederatedUserCredentialEntity;

/**
 * Counters kept in a credential (a card's wrong responses, an activation code's wrong tries) updated
 * so that parallel requests on any node neither lose a count nor undo each other: the credential's
 * row is read with a database row lock ({@code SELECT ... FOR UPDATE}, JPA {@code PESSIMISTIC_WRITE})
 * in a short transaction of its own, the change is computed from what the database holds (never
 * from a cache), written through Keycloak's credential manager (which invalidates the user caches of
 * the cluster) and the lock ends at that transaction's commit, a few milliseconds later. The
 * database is the one place every node shares, so this holds on a cluster; the other requests for
 * the same credential wait their turn at the row, not in the JVM.
 */
public final class LockedCredentials {

    private LockedCredentials() {
    }

    /**
     * Applies {@code change} to the stored credential read under the row lock and stores its result;
     * a {@code null} result writes nothing. Returns what is stored afterwards, or empty when the
     * credential (or its user) no longer exists.
     */
    public static Optional<CredentialModel> update(KeycloakSession session, String userId, String credentialId,
            UnaryOperator<CredentialModel> change) {
        String realmId = session.getContext().getRealm().getId();
        return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), s -> {
            RealmModel realm = s.realms().getRealm(realmId);
            s.getContext().setRealm(realm);
            CredentialModel fresh = lockedRead(s.getProvider(JpaConnectionProvider.class).getEntityManager(), credentialId);
            UserModel user = fresh == null ? null : s.users().getUserById(realm, userId);
            if (user == null) {
                return Optional.<CredentialModel>empty();
            }
            CredentialModel next = change.apply(fresh);
            if (next == null) {
                return Optional.of(fresh);
            }
            user.credentialManager().updateStoredCredential(next);
            return Optional.of(next);
        });
    }

    /** The row as the database holds it, locked until the transaction ends (local or federated user). */
    private static CredentialModel lockedRead(EntityManager em, String id) {
        CredentialEntity local = em.find(CredentialEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (local != null) {
            return model(local.getId(), local.getType(), local.getUserLabel(), local.getCreatedDate(), local.getSecretData(),
                    local.getCredentialData());
        }
        FederatedUserCredentialEntity federated = em.find(FederatedUserCredentialEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        return federated == null ? null : model(federated.getId(), federated.getType(), federated.getUserLabel(),
                federated.getCreatedDate(), federated.getSecretData(), federated.getCredentialData());
    }

    private static CredentialModel model(String id, String type, String label, Long created, String secret, String data) {
        CredentialModel model = new CredentialModel();
        model.setId(id);
        model.setType(type);
        model.setUserLabel(label);
        model.setCreatedDate(created);
        model.setSecretData(secret);
        model.setCredentialData(data);
        return model;
    }
}
