package be.digitalkeys.app;

import be.digitalkeys.common.DkRealmResourceProviderFactory;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;

/**
 * {@code /realms/{realm}/dk-app}: the phone app's API and the waiting pages' state.
 * Server options (not realm settings, since they guard the node's threads):
 * {@code --spi-realm-restapi-extension--dk-app--max-streams} (server-sent-event streams per node, default
 * {@value AppStreamGate#DEFAULT_MAX_STREAMS}) and {@code --spi-realm-restapi-extension--dk-app--streams-per-handle}
 * (default {@value AppStreamGate#DEFAULT_PER_HANDLE}).
 */
public class AppResourceProviderFactory extends DkRealmResourceProviderFactory {

    public static final String PROVIDER_ID = "dk-app";
    private AppStreamGate streams = new AppStreamGate(AppStreamGate.DEFAULT_MAX_STREAMS, AppStreamGate.DEFAULT_PER_HANDLE);

    public AppResourceProviderFactory() {
        super(PROVIDER_ID);
    }

    @Override
    public void init(Config.Scope config) {
        int max = Math.max(1, Math.min(1000, config.getInt("max-streams", AppStreamGate.DEFAULT_MAX_STREAMS)));
        int perHandle = Math.max(1, Math.min(10, config.getInt("streams-per-handle", AppStreamGate.DEFAULT_PER_HANDLE)));
        streams = new AppStreamGate(max, perHandle);
    }

    @Override
    protected Object resource(KeycloakSession session) {
        return new AppResource(session, streams);
    }
}
