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

    /** Puts entries into the configuration of the first execution of a provider inside a flow. */
    public void configure(String flowAlias, String providerId, Map<String, String> entries) {
        AuthenticationExecutionInfoRepresentation execution = realm.flows().getExecutions(flowAlias).stream()
                .filter(e -> providerId.equals(e.getProviderId())).findFirst()
                .orElseThrow(() -> new IllegalStateException(providerId + " not in " + flowAlias));
        AuthenticatorConfigRepresentation config = realm.flows().getAuthenticatorConfig(execution.getAuthenticationConfig());
        Map<String, String> values = new HashMap<>(config.getConfig());
        values.putAll(entries);
        config.setConfig(values);
        realm.flows().updateAuthenticatorConfig(config.getId(), config);
    }
}
