package be.digitalkeys.organisation.store;

import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

/**
 * Runs work in its own transaction, committed (or rolled back, the exception propagating) before
 * {@link #run} returns, with its own {@link EntityManager}.
 *
 * <p>Why: rows with a unique key (a grant, a context, an appointment) are inserted this way. If a
 * concurrent request inserted the same key first, the unique constraint fails <em>this</em>
 * transaction only; the caller's transaction is untouched and simply re-reads the winner's row.
 * Inside Keycloak the caller's EntityManager is bound to a JTA transaction, and a constraint
 * violation on it would mark the whole request's transaction rollback-only: catching the
 * exception there is not enough. {@link OrganisationStore#of(org.keycloak.models.KeycloakSession)}
 * uses {@code KeycloakModelUtils.runJobInTransaction}, whose new session suspends the current JTA
 * transaction and begins a new one (Keycloak's {@code JtaTransactionWrapper}, JTA policy
 * REQUIRES_NEW), then resumes it.
 */
@FunctionalInterface
public interface SeparateTransaction {

    void run(Consumer<EntityManager> work);
}
