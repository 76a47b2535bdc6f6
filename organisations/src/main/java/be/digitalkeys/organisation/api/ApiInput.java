package be.digitalkeys.organisation.api;

import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import be.digitalkeys.common.ResourceRoutes;
import be.digitalkeys.common.text.TextRule;
import be.digitalkeys.organisation.kbo.EstablishmentNumber;
import be.digitalkeys.organisation.kbo.InvalidEnterpriseNumberException;
import be.digitalkeys.organisation.service.InvalidRequestException;
import be.digitalkeys.organisation.service.NotFoundInRealmException;
import be.digitalkeys.organisation.service.Organisations;
import be.digitalkeys.organisation.service.People;
import be.digitalkeys.organisation.store.ContextKind;
import be.digitalkeys.organisation.store.OrgContext;

/**
 * The API's input rules that dk-organisations-openapi.yaml states (text fields, the context kinds,
 * the depth of the context tree) and its routes, for the answers JAX-RS would otherwise give in
 * Keycloak's format (405 with {@code Allow}, 404 for a path that is not the API's).
 */
final class ApiInput {

    /** Levels of a context tree, the organisation (root) included: deeper is refused (CONTEXT_TOO_DEEP). */
    static final int MAX_CONTEXT_DEPTH = 8;

    static final TextRule PERSON_NAME_FIRST = TextRule.named("firstName").maxLength(People.MAX_NAME_LENGTH).build();
    static final TextRule PERSON_NAME_LAST = TextRule.named("lastName").maxLength(People.MAX_NAME_LENGTH).build();
    static final TextRule EMAIL = TextRule.named("email").maxLength(People.MAX_EMAIL_LENGTH).build();
    static final TextRule RIGHT = TextRule.named("right").maxLength(255).build();
    static final TextRule CONTEXT_CODE = TextRule.named("code").maxLength(64).reserved(OrgContext.ROOT_CODE).build();
    static final TextRule CONTEXT_NAME = TextRule.named("name").maxLength(255).build();

    private static final String ORG = "api/organisations/{orgId}";
    static final ResourceRoutes ROUTES = ResourceRoutes.builder()
            .route("api/me", "GET")
            .route("api/organisations/by-kbo/{kbo}", "GET")
            .route(ORG + "/people", "GET", "POST")
            .route(ORG + "/people/{userId}/rights/copy", "POST")
            .route(ORG + "/people/{userId}/rights", "GET", "POST")
            .route(ORG + "/people/{userId}/rights/{grantId}", "DELETE")
            .route(ORG + "/contexts", "GET", "POST")
            .route(ORG + "/main-access-managers/{userId}", "PUT", "DELETE")
            .route(ORG + "/contexts/{contextId}/administrators/{userId}", "PUT", "DELETE")
            .route(ORG + "/legal-representatives/{userId}", "PUT", "DELETE")
            .route(ORG + "/history", "GET")
            .build();

    private ApiInput() {
    }

    /** ESTABLISHMENT, UNIT or ACCOUNT, exactly as the document's enum spells them. */
    static ContextKind contextKind(String kind) throws InvalidRequestException {
        for (ContextKind k : ContextKind.values()) {
            if (k != ContextKind.ORGANISATION && k.name().equals(kind)) {
                return k;
            }
        }
        throw new InvalidRequestException("INVALID_CONTEXT_KIND", "kind is ESTABLISHMENT, UNIT or ACCOUNT");
    }

    /** An establishment's code: its establishment unit number (checksum), stored as ten digits. */
    static String establishmentNumber(String code) throws InvalidRequestException {
        try {
            return EstablishmentNumber.parse(code).digits();
        } catch (InvalidEnterpriseNumberException e) {
            throw new InvalidRequestException("INVALID_ESTABLISHMENT_NUMBER", e.getMessage());
        }
    }

    /**
     * Refuses a new context under a parent already {@value #MAX_CONTEXT_DEPTH} levels deep. Only
     * for a parent of this organisation in this realm: any other parent is the service's to refuse
     * (404, or 403 for another organisation's), so this check tells nothing about it.
     */
    static void requireRoomBelow(Organisations organisations, String orgId, String parentId) throws InvalidRequestException {
        try {
            OrgContext parent = organisations.requireContext(parentId);
            if (parent.organizationId().equals(orgId)
                    && organisations.path(parentId).ids().size() >= MAX_CONTEXT_DEPTH) {
                throw new InvalidRequestException("CONTEXT_TOO_DEEP",
                        "A context tree has at most " + MAX_CONTEXT_DEPTH + " levels, the organisation included");
            }
        } catch (NotFoundInRealmException | IllegalStateException e) {
            // unknown here: the service answers it
        }
    }

    /** A request no API method took: 405 with {@code Allow} on a path of the API, 404 elsewhere. */
    static Response notRouted(String method, String path) {
        Optional<Set<String>> allowed = ROUTES.allowed(path);
        if (allowed.isPresent()) {
            return Response.status(405).header(jakarta.ws.rs.core.HttpHeaders.ALLOW, ResourceRoutes.allowHeader(allowed.get()))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiCall.error(method + " is not allowed here", "METHOD_NOT_ALLOWED")).build();
        }
        return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiCall.error("No such API path", "UNKNOWN_PATH")).build();
    }

    /** OPTIONS: the methods of the path, or 404. */
    static Response options(String path) {
        return ROUTES.allowed(path)
                .map(methods -> Response.noContent().header(jakarta.ws.rs.core.HttpHeaders.ALLOW, ResourceRoutes.allowHeader(methods) + ", OPTIONS").build())
                .orElseGet(() -> notRouted("OPTIONS", path));
    }
}
