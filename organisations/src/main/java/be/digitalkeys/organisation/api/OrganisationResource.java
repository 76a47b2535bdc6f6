package be.digitalkeys.organisation.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;

import be.digitalkeys.organisation.manage.ManagePage;
import be.digitalkeys.organisation.service.InvalidRequestException;
import be.digitalkeys.organisation.service.OrganisationService;
import be.digitalkeys.organisation.service.Organisations;
import be.digitalkeys.organisation.service.People;
import be.digitalkeys.organisation.service.Views;
import be.digitalkeys.organisation.store.ContextKind;

/**
 * {@code /realms/{realm}/dk-organisations/...}: the organisations and rights API, described by
 * {@code dk-organisations-openapi.yaml} (served at {@code openapi.yaml}). Every call carries a
 * bearer token of the realm; every rule is {@link OrganisationService}'s.
 */
public class OrganisationResource {

    static final String OPENAPI = "/be/digitalkeys/organisation/dk-organisations-openapi.yaml";
    private static final String ORG = "api/organisations/{orgId}";

    private final KeycloakSession session;
    private final ApiCall call;

    public OrganisationResource(KeycloakSession session) {
        this.session = session;
        this.call = new ApiCall(session);
    }

    private OrganisationService service() {
        return new OrganisationService(session);
    }

    @GET
    @Path("openapi.yaml")
    @Produces("application/yaml")
    public Response openApi() throws IOException {
        try (InputStream in = OrganisationResource.class.getResourceAsStream(OPENAPI)) {
            return Response.ok(in.readAllBytes()).type("application/yaml; charset=utf-8").build();
        }
    }

    @GET
    @Path("api/me")
    @Produces(MediaType.APPLICATION_JSON)
    public Response me() {
        return call.run(caller -> ApiCall.ok(Map.of("userId", caller.userId(), "username", caller.user().getUsername(),
                "realmAdministrator", caller.realmAdministrator(), "organisations", service().myOrganisations(caller))));
    }

    @GET
    @Path("api/organisations/by-kbo/{kbo}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response byKbo(@PathParam("kbo") String kbo) {
        return call.run(caller -> {
            OrganizationModel org = service().organisations().byKbo(kbo);
            return ApiCall.ok(new Views.OrganisationRef(org.getId(), org.getName(), Organisations.kbo(org).orElse(null)));
        });
    }

    @GET
    @Path(ORG + "/people")
    @Produces(MediaType.APPLICATION_JSON)
    public Response people(@PathParam("orgId") String orgId) {
        return call.run(caller -> ApiCall.ok(service().people(caller, orgId)));
    }

    @POST
    @Path(ORG + "/people")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response findOrPreRegister(@PathParam("orgId") String orgId, String body) {
        return call.run(caller -> {
            JsonNode json = ApiCall.body(body);
            People.NewPerson person = new People.NewPerson(ApiCall.text(json, "niss", 32, true),
                    ApiCall.text(json, "firstName", People.MAX_NAME_LENGTH, false),
                    ApiCall.text(json, "lastName", People.MAX_NAME_LENGTH, false),
                    ApiCall.text(json, "email", People.MAX_EMAIL_LENGTH, false));
            Views.PersonLink link = service().findOrPreRegister(caller, orgId, person);
            return Response.status(link.created() ? 201 : 200).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiCall.json(link)).build();
        });
    }

    @GET
    @Path(ORG + "/people/{userId}/rights")
    @Produces(MediaType.APPLICATION_JSON)
    public Response rights(@PathParam("orgId") String orgId, @PathParam("userId") String userId) {
        return call.run(caller -> ApiCall.ok(service().rights(caller, orgId, userId)));
    }

    @POST
    @Path(ORG + "/people/{userId}/rights")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response grant(@PathParam("orgId") String orgId, @PathParam("userId") String userId, String body) {
        return call.run(caller -> {
            JsonNode json = ApiCall.body(body);
            String contextId = ApiCall.text(json, "contextId", 36, true);
            String right = ApiCall.text(json, "right", 255, true);
            Long validUntil = ApiCall.validUntil(ApiCall.text(json, "validUntil", 40, false));
            return ApiCall.ok(service().grant(caller, orgId, userId, contextId, right, validUntil));
        });
    }

    @DELETE
    @Path(ORG + "/people/{userId}/rights/{grantId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response revoke(@PathParam("orgId") String orgId, @PathParam("userId") String userId,
                           @PathParam("grantId") String grantId) {
        return call.run(caller -> ApiCall.ok(service().revoke(caller, orgId, userId, grantId)));
    }

    @POST
    @Path(ORG + "/people/{userId}/rights/copy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response copy(@PathParam("orgId") String orgId, @PathParam("userId") String userId, String body) {
        return call.run(caller -> {
            String from = ApiCall.text(ApiCall.body(body), "fromUserId", 64, true);
            return ApiCall.ok(Map.of("copied", service().copyRights(caller, orgId, userId, from)));
        });
    }

    @GET
    @Path(ORG + "/contexts")
    @Produces(MediaType.APPLICATION_JSON)
    public Response contexts(@PathParam("orgId") String orgId) {
        return call.run(caller -> ApiCall.ok(service().contexts(caller, orgId)));
    }

    @POST
    @Path(ORG + "/contexts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createContext(@PathParam("orgId") String orgId, String body) {
        return call.run(caller -> {
            JsonNode json = ApiCall.body(body);
            String parentId = ApiCall.text(json, "parentId", 36, true);
            String kindText = ApiCall.text(json, "kind", 20, true);
            String code = ApiCall.text(json, "code", 64, true);
            String name = ApiCall.text(json, "name", 255, true);
            ContextKind kind;
            try {
                kind = ContextKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("INVALID_CONTEXT_KIND", "kind is ESTABLISHMENT, UNIT or ACCOUNT");
            }
            if (kind == ContextKind.ORGANISATION || code.isBlank() || name.isBlank()) {
                throw new InvalidRequestException("INVALID_CONTEXT_KIND", "kind is ESTABLISHMENT, UNIT or ACCOUNT, with a code and a name");
            }
            if (kind == ContextKind.ESTABLISHMENT) {
                try {
                    code = be.digitalkeys.organisation.kbo.EstablishmentNumber.parse(code).digits();
                } catch (be.digitalkeys.organisation.kbo.InvalidEnterpriseNumberException e) {
                    throw new InvalidRequestException("INVALID_ESTABLISHMENT_NUMBER", e.getMessage());
                }
            }
            Views.ContextView created = service().createContext(caller, orgId, parentId, kind, code, name.strip());
            return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiCall.json(created)).build();
        });
    }

    @PUT
    @Path(ORG + "/main-access-managers/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response appointMainManager(@PathParam("orgId") String orgId, @PathParam("userId") String userId) {
        return call.run(caller -> ApiCall.ok(service().appointMainManager(caller, orgId, userId)));
    }

    @DELETE
    @Path(ORG + "/main-access-managers/{userId}")
    public Response removeMainManager(@PathParam("orgId") String orgId, @PathParam("userId") String userId) {
        return call.run(caller -> removed(service().removeMainManager(caller, orgId, userId)));
    }

    @PUT
    @Path(ORG + "/contexts/{contextId}/administrators/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response appointLocalAdministrator(@PathParam("orgId") String orgId, @PathParam("contextId") String contextId,
                                              @PathParam("userId") String userId) {
        return call.run(caller -> ApiCall.ok(service().appointLocalAdministrator(caller, orgId, contextId, userId)));
    }

    @DELETE
    @Path(ORG + "/contexts/{contextId}/administrators/{userId}")
    public Response removeLocalAdministrator(@PathParam("orgId") String orgId, @PathParam("contextId") String contextId,
                                             @PathParam("userId") String userId) {
        return call.run(caller -> removed(service().removeLocalAdministrator(caller, orgId, contextId, userId)));
    }

    @PUT
    @Path(ORG + "/legal-representatives/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response setLegalRepresentative(@PathParam("orgId") String orgId, @PathParam("userId") String userId) {
        return call.run(caller -> ApiCall.ok(service().setLegalRepresentative(caller, orgId, userId)));
    }

    @DELETE
    @Path(ORG + "/legal-representatives/{userId}")
    public Response removeLegalRepresentative(@PathParam("orgId") String orgId, @PathParam("userId") String userId) {
        return call.run(caller -> removed(service().removeLegalRepresentative(caller, orgId, userId)));
    }

    @GET
    @Path(ORG + "/history")
    @Produces(MediaType.APPLICATION_JSON)
    public Response history(@PathParam("orgId") String orgId, @QueryParam("first") @DefaultValue("0") int first,
                            @QueryParam("max") @DefaultValue("100") int max) {
        return call.run(caller -> ApiCall.ok(service().history(caller, orgId, first, max)));
    }

    // ---- the management page (server-rendered; same service, same rules) ----------------------

    @GET
    @Path(ManagePage.PATH)
    @Produces(MediaType.TEXT_HTML)
    public Response manage() {
        return new ManagePage(session).home();
    }

    @GET
    @Path(ManagePage.PATH + "/{orgId}")
    @Produces(MediaType.TEXT_HTML)
    public Response manageOrganisation(@PathParam("orgId") String orgId) {
        return new ManagePage(session).organisation(orgId);
    }

    @POST
    @Path(ManagePage.PATH + "/{orgId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response manageAction(@PathParam("orgId") String orgId, MultivaluedMap<String, String> form) {
        return new ManagePage(session).act(orgId, form);
    }

    /** 204 when something was removed, 404 {@code NOT_APPOINTED} when there was nothing to remove. */
    private static Response removed(boolean removed) throws be.digitalkeys.organisation.service.NotFoundInRealmException {
        if (!removed) {
            throw new be.digitalkeys.organisation.service.NotFoundInRealmException("NOT_APPOINTED", "No such appointment");
        }
        return Response.noContent().build();
    }
}
