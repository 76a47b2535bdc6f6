package be.digitalkeys.organisation.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
    public Response me() {
        return call.run(caller -> ApiCall.ok(Map.of("userId", caller.userId(), "username", caller.user().getUsername(),
                "realmAdministrator", caller.realmAdministrator(), "organisations", service().myOrganisations(caller))));
    }

    @GET
    @Path("api/organisations/by-kbo/{kbo}")
    public Response byKbo(@PathParam("kbo") String kbo) {
        return call.run(caller -> {
            OrganizationModel org = service().organisations().byKbo(kbo);
            return ApiCall.ok(new Views.OrganisationRef(org.getId(), org.getName(), Organisations.kbo(org).orElse(null)));
        });
    }

    @GET
    @Path(ORG + "/people")
    public Response people(@PathParam("orgId") String orgId) {
        return call.run(caller -> ApiCall.ok(service().people(caller, org(orgId))));
    }

    @POST
    @Path(ORG + "/people")
    public Response findOrPreRegister(@PathParam("orgId") String orgId, String body) {
        return call.run(body, (caller, json) -> {
            People.NewPerson person = new People.NewPerson(ApiCall.text(json, "niss", 32, true),
                    ApiCall.text(json, "firstName", ApiInput.PERSON_NAME_FIRST, false),
                    ApiCall.text(json, "lastName", ApiInput.PERSON_NAME_LAST, false),
                    ApiCall.text(json, "email", ApiInput.EMAIL, false));
            Views.PersonLink link = service().findOrPreRegister(caller, org(orgId), person);
            return Response.status(link.created() ? 201 : 200).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiCall.json(link)).build();
        });
    }

    @GET
    @Path(ORG + "/people/{userId}/rights")
    public Response rights(@PathParam("orgId") String orgId, @PathParam("userId") String userId) {
        return call.run(caller -> ApiCall.ok(service().rights(caller, org(orgId), user(userId))));
    }

    @POST
    @Path(ORG + "/people/{userId}/rights")
    public Response grant(@PathParam("orgId") String orgId, @PathParam("userId") String userId, String body) {
        return call.run(body, (caller, json) -> {
            String contextId = ApiCall.id(json, "contextId", ApiCall.OWN_ID);
            String right = ApiCall.text(json, "right", ApiInput.RIGHT, true);
            Long validUntil = ApiCall.validUntil(ApiCall.text(json, "validUntil", 40, false));
            return ApiCall.ok(service().grant(caller, org(orgId), user(userId), contextId, right, validUntil));
        });
    }

    @DELETE
    @Path(ORG + "/people/{userId}/rights/{grantId}")
    public Response revoke(@PathParam("orgId") String orgId, @PathParam("userId") String userId,
                           @PathParam("grantId") String grantId) {
        if ("copy".equals(grantId)) {
            // OpenAPI matches the concrete path .../rights/copy before the template .../rights/{grantId}
            return ApiInput.notRouted("DELETE", "api/organisations/" + orgId + "/people/" + userId + "/rights/copy");
        }
        return call.run(caller -> ApiCall.ok(service().revoke(caller, org(orgId), user(userId),
                ApiCall.id(grantId, "grantId", ApiCall.OWN_ID))));
    }

    @POST
    @Path(ORG + "/people/{userId}/rights/copy")
    public Response copy(@PathParam("orgId") String orgId, @PathParam("userId") String userId, String body) {
        return call.run(body, (caller, json) -> {
            String from = ApiCall.id(json, "fromUserId", ApiCall.KEYCLOAK_ID);
            return ApiCall.ok(Map.of("copied", service().copyRights(caller, org(orgId), user(userId), from)));
        });
    }

    @GET
    @Path(ORG + "/contexts")
    public Response contexts(@PathParam("orgId") String orgId) {
        return call.run(caller -> ApiCall.ok(service().contexts(caller, org(orgId))));
    }

    @POST
    @Path(ORG + "/contexts")
    public Response createContext(@PathParam("orgId") String orgId, String body) {
        return call.run(body, (caller, json) -> {
            String org = org(orgId);
            String parentId = ApiCall.id(json, "parentId", ApiCall.OWN_ID);
            ContextKind kind = ApiInput.contextKind(ApiCall.text(json, "kind", 20, true));
            String code = ApiCall.text(json, "code", ApiInput.CONTEXT_CODE, true);
            String name = ApiCall.text(json, "name", ApiInput.CONTEXT_NAME, true);
            if (kind == ContextKind.ESTABLISHMENT) {
                code = ApiInput.establishmentNumber(code);
            }
            ApiInput.requireRoomBelow(service().organisations(), org, parentId);
            Views.ContextView created = service().createContext(caller, org, parentId, kind, code, name);
            return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiCall.json(created)).build();
        });
    }

    @PUT
    @Path(ORG + "/main-access-managers/{userId}")
    public Response appointMainManager(@PathParam("orgId") String orgId, @PathParam("userId") String userId) {
        return call.run(caller -> ApiCall.ok(service().appointMainManager(caller, org(orgId), user(userId))));
    }

    @DELETE
    @Path(ORG + "/main-access-managers/{userId}")
    public Response removeMainManager(@PathParam("orgId") String orgId, @PathParam("userId") String userId) {
        return call.run(caller -> removed(service().removeMainManager(caller, org(orgId), user(userId))));
    }

    @PUT
    @Path(ORG + "/contexts/{contextId}/administrators/{userId}")
    public Response appointLocalAdministrator(@PathParam("orgId") String orgId, @PathParam("contextId") String contextId,
                                              @PathParam("userId") String userId) {
        return call.run(caller -> ApiCall.ok(service().appointLocalAdministrator(caller, org(orgId),
                ApiCall.id(contextId, "contextId", ApiCall.OWN_ID), user(userId))));
    }

    @DELETE
    @Path(ORG + "/contexts/{contextId}/administrators/{userId}")
    public Response removeLocalAdministrator(@PathParam("orgId") String orgId, @PathParam("contextId") String contextId,
                                             @PathParam("userId") String userId) {
        return call.run(caller -> removed(service().removeLocalAdministrator(caller, org(orgId),
                ApiCall.id(contextId, "contextId", ApiCall.OWN_ID), user(userId))));
    }

    @PUT
    @Path(ORG + "/legal-representatives/{userId}")
    public Response setLegalRepresentative(@PathParam("orgId") String orgId, @PathParam("userId") String userId) {
        return call.run(caller -> ApiCall.ok(service().setLegalRepresentative(caller, org(orgId), user(userId))));
    }

    @DELETE
    @Path(ORG + "/legal-representatives/{userId}")
    public Response removeLegalRepresentative(@PathParam("orgId") String orgId, @PathParam("userId") String userId) {
        return call.run(caller -> removed(service().removeLegalRepresentative(caller, org(orgId), user(userId))));
    }

    @GET
    @Path(ORG + "/history")
    public Response history(@PathParam("orgId") String orgId) {
        // the raw query: JAX-RS would turn "max=" into no value at all
        MultivaluedMap<String, String> query = session.getContext().getUri().getQueryParameters();
        return call.run(caller -> ApiCall.ok(service().history(caller, org(orgId),
                ApiCall.paging(query.getFirst("first"), "first", 0, 0, Integer.MAX_VALUE),
                ApiCall.paging(query.getFirst("max"), "max", 100, 1, 500))));
    }

    // ---- a wrong method or an unknown path under api/: the document's answers, not JAX-RS's -------

    @GET
    @Path("api/{any: .*}")
    public Response getElsewhere(@PathParam("any") String any) {
        return ApiInput.notRouted("GET", "api/" + any);
    }

    @POST
    @Path("api/{any: .*}")
    public Response postElsewhere(@PathParam("any") String any) {
        return ApiInput.notRouted("POST", "api/" + any);
    }

    @PUT
    @Path("api/{any: .*}")
    public Response putElsewhere(@PathParam("any") String any) {
        return ApiInput.notRouted("PUT", "api/" + any);
    }

    @DELETE
    @Path("api/{any: .*}")
    public Response deleteElsewhere(@PathParam("any") String any) {
        return ApiInput.notRouted("DELETE", "api/" + any);
    }

    @PATCH
    @Path("api/{any: .*}")
    public Response patchElsewhere(@PathParam("any") String any) {
        return ApiInput.notRouted("PATCH", "api/" + any);
    }

    @OPTIONS
    @Path("api/{any: .*}")
    public Response options(@PathParam("any") String any) {
        return ApiInput.options("api/" + any);
    }

    private static String org(String orgId) throws InvalidRequestException {
        return ApiCall.id(orgId, "orgId", ApiCall.KEYCLOAK_ID);
    }

    private static String user(String userId) throws InvalidRequestException {
        return ApiCall.id(userId, "userId", ApiCall.KEYCLOAK_ID);
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
