package be.digitalkeys.lab.app;

import java.util.List;
import java.util.Map;

import be.digitalkeys.appclient.AppCodeRule;
import be.digitalkeys.appclient.AppCodeRules;
import be.digitalkeys.app.AppResourceProviderFactory;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.util.JsonSerialization;

/**
 * {@code /realms/{realm}/dk-lab/app-simulator} (lab realms only): the phone simulator page, a
 * stand-in for the app that talks to the real app API ({@code /realms/{realm}/dk-app}) as the app
 * does, and its live check of a chosen app code with the rules library the real app uses.
 */
public class AppSimulatorResource {

    static final String TEMPLATE = "dk-app-simulator.ftl";
    static final int MAX_BODY = 1024;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final String codeCheckUrl;

    public AppSimulatorResource(KeycloakSession session, RealmModel realm, String codeCheckUrl) {
        this.session = session;
        this.realm = realm;
        this.codeCheckUrl = codeCheckUrl;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        String api = session.getContext().getUri().getBaseUri().getPath().replaceAll("/$", "") + "/realms/" + realm.getName()
                + "/" + AppResourceProviderFactory.PROVIDER_ID;
        return session.getProvider(LoginFormsProvider.class)
                .setAttribute("dkAppApiUrl", api)
                .setAttribute("dkAppCodeCheckUrl", codeCheckUrl)
                .setAttribute("dkAppRealm", realm.getName())
                .createForm(TEMPLATE);
    }

    @POST
    @Path("app-code-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response appCodeCheck(String body) {
        String code = code(body);
        if (code == null) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", "invalid_request")).build();
        }
        List<AppCodeRule> broken = AppCodeRules.standard().broken(code);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(Map.of("valid", broken.isEmpty(), "broken", broken.stream().map(Enum::name).toList()))
                .cacheControl(noStore).build();
    }

    /** The "code" text of a small JSON object, or null. */
    private static String code(String body) {
        if (body == null || body.isEmpty() || body.length() > MAX_BODY) {
            return null;
        }
        try {
            JsonNode node = JsonSerialization.mapper.readTree(body);
            JsonNode code = node == null ? null : node.get("code");
            return code == null || !code.isTextual() || code.asText().length() > 16 ? null : code.asText();
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
