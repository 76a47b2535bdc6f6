package be.digitalkeys.it.support;

import java.util.HashMap;
import java.util.Map;

import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;

/** Changes an execution's configuration the way an admin does in the admin console. */
public final class Flows {

    private final RealmResource realm;

    public Flows(TestEnvironment env, String realmName) {
        this.realm = env.realm(realmName);
    }

    /**
     * Puts entries into the configuration of the first execution of a provider inside a flow; returns
     * the whole configuration as it was, for {@link #restore} (a class that changes a shared realm
     * puts it back when it ends, so no other class depends on the order the classes run in).
     */
    public Map<String, String> configure(String flowAlias, String providerId, Map<String, String> entries) {
        AuthenticatorConfigRepresentation config = config(flowAlias, providerId);
        Map<String, String> before = Map.copyOf(config.getConfig());
        Map<String, String> values = new HashMap<>(config.getConfig());
        values.putAll(entries);
        config.setConfig(values);
        realm.flows().updateAuthenticatorConfig(config.getId(), config);
        return before;
    }

    /** Puts back a whole configuration {@link #configure} returned. */
    public void restore(String flowAlias, String providerId, Map<String, String> before) {
        AuthenticatorConfigRepresentation config = config(flowAlias, providerId);
        config.setConfig(new HashMap<>(before));
        realm.flows().updateAuthenticatorConfig(config.getId(), config);
    }

    private AuthenticatorConfigRepresentation config(String flowAlias, String providerId) {
        AuthenticationExecutionInfoRepresentation execution = realm.flows().getExecutions(flowAlias).stream()
                .filter(e -> providerId.equals(e.getProviderId())).findFirst()
                .orElseThrow(() -> new IllegalStateException(providerId + " not in " + flowAlias));
        return realm.flows().getAuthenticatorConfig(execution.getAuthenticationConfig());
    }
}
