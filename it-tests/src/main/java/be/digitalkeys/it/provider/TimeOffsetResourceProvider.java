package be.digitalkeys.it.provider;

import java.util.Map;
import java.util.Optional;

import be.digitalkeys.common.UserAttributes;
import be.digitalkeys.common.UserLookup;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
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
import org.keycloak.models.UserModel;
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

    /**
     * {@code GET /realms/master/dk-testing/lookup?realm=R&attribute=niss&value=V}: the user our
     * login methods would find (be.digitalkeys.common.UserLookup), as {@code {"username": ...}}.
     */
    @GET
    @Path("lookup")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> lookup(@QueryParam("realm") String realmName, @QueryParam("attribute") String attribute,
                                      @QueryParam("value") String value) {
        requireMasterAdmin();
        RealmModel realm = session.realms().getRealmByName(realmName);
        if (realm == null) {
            throw new NotFoundException();
        }
        Optional<UserModel> user = switch (attribute == null ? "" : attribute) {
            case UserAttributes.NISS -> UserLookup.byNiss(session, realm, value);
            case UserAttributes.CARD_NUMBER -> UserLookup.byCardNumber(session, realm, value);
            case UserAttributes.PHONE -> UserLookup.byPhone(session, realm, value);
            default -> throw new BadRequestException();
        };
        return user.map(u -> Map.of("username", u.getUsername(), "id", u.getId())).orElseThrow(NotFoundException::new);
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
