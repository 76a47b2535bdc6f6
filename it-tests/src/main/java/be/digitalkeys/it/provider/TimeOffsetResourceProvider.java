package be.digitalkeys.it.provider;

import java.util.Map;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resource.RealmResourceProvider;

/** {@code PUT /realms/master/dk-testing/time-offset?seconds=N}, for master-realm admins only. */
public class TimeOffsetResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;

    TimeOffsetResourceProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return this;
    }

    @GET
    @Path("time-offset")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> get() {
        requireMasterAdmin();
        return Map.of("offset", Time.getOffset());
    }

    @PUT
    @Path("time-offset")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> set(@QueryParam("seconds") int seconds) {
        requireMasterAdmin();
        Time.setOffset(seconds);
        return Map.of("offset", Time.getOffset());
    }

    private void requireMasterAdmin() {
        RealmModel realm = session.getContext().getRealm();
        if (!"master".equals(realm.getName())) {
            throw new ForbiddenException();
        }
        AuthenticationManager.AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null) {
            throw new NotAuthorizedException("Bearer");
        }
        if (!auth.user().hasRole(realm.getRole("admin"))) {
            throw new ForbiddenException();
        }
    }

    @Override
    public void close() {
    }
}
