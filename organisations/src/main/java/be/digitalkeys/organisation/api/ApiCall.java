package be.digitalkeys.organisation.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.jose.jws.JWSInput;
import org.keycloak.jose.jws.JWSInputException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.util.JsonSerialization;

import be.digitalkeys.common.text.InvalidTextException;
import be.digitalkeys.common.text.TextRule;
import be.digitalkeys.organisation.service.Caller;
import be.digitalkeys.organisation.service.ConflictException;
import be.digitalkeys.organisation.service.InvalidRequestException;
import be.digitalkeys.organisation.service.NotFoundInRealmException;
import be.digitalkeys.organisation.service.OrganisationServiceException;
import be.digitalkeys.organisation.service.RefusedException;

/**
 * One API request: the bearer token to a {@link Caller}, the JSON body, and every outcome to a
 * response ({@code {"error": "...", "reason": "..."}} for failures; the transaction is rolled back).
 */
final class ApiCall {

    static final int MAX_BODY = 16_384;
    /** Keycloak's ids of organisations and users (UUIDs; imported realms may carry other simple ids). */
    static final Pattern KEYCLOAK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");
    /** Our ids of contexts and grants (UUIDs). */
    static final Pattern OWN_ID = Pattern.compile("[A-Za-z0-9-]{1,36}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Logger LOG = Logger.getLogger(ApiCall.class);

    /** The work of a request, with the caller; may fail with a service exception. */
    @FunctionalInterface
    interface Work {
        Response run(Caller caller) throws OrganisationServiceException;
    }

    /** The work of a request with a JSON object body. */
    @FunctionalInterface
    interface BodyWork {
        Response run(Caller caller, JsonNode body) throws OrganisationServiceException;
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    ApiCall(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    Response run(Work work) {
        try {
            Caller caller = caller();
            if (caller == null) {
                return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + realm.getName() + "\"")
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(error("Bearer token missing, invalid or expired", "UNAUTHENTICATED")).build();
            }
            if (!issuedForApi(caller)) {
                return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + realm.getName()
                                + "\", error=\"invalid_token\", error_description=\"not issued for " + OrganisationResourceProviderFactory.AUDIENCE + "\"")
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(error("The token was not issued for the organisations API (audience "
                                + OrganisationResourceProviderFactory.AUDIENCE + ")", "WRONG_AUDIENCE")).build();
            }
            return work.run(caller);
        } catch (OrganisationServiceException e) {
            session.getTransactionManager().setRollbackOnly();
            return Response.status(status(e)).type(MediaType.APPLICATION_JSON_TYPE).entity(error(e.getMessage(), e.reason())).build();
        } catch (RuntimeException e) {
            // A bug of ours, never a client's mistake: logged with its trace, answered in the document's format.
            LOG.error("Organisations API request failed", e);
            session.getTransactionManager().setRollbackOnly();
            return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(error("The server could not complete the request", "SERVER_ERROR")).build();
        }
    }

    /**
     * A request with a JSON body: after authentication, a body that is not {@code application/json}
     * is 415 and one that is not a JSON object 400, both in the API's error format.
     */
    Response run(String body, BodyWork work) {
        return run(caller -> {
            MediaType type = session.getContext().getRequestHeaders().getMediaType();
            if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isWildcardType() || type.isWildcardSubtype()) {
                return Response.status(415).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(error("The body must be application/json", "UNSUPPORTED_MEDIA_TYPE")).build();
            }
            return work.run(caller, body(body));
        });
    }

    private static int status(OrganisationServiceException e) {
        if (e instanceof InvalidRequestException) {
            return 400;
        } else if (e instanceof RefusedException) {
            return 403;
        } else if (e instanceof NotFoundInRealmException) {
            return 404;
        } else if (e instanceof ConflictException) {
            return 409;
        }
        return 500;
    }

    static String error(String message, String reason) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("reason", reason);
        return json(body);
    }

    static String json(Object value) {
        try {
            return JsonSerialization.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Response ok(Object value) {
        return Response.ok(json(value), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * The caller of a bearer token issued by this realm, or by master (a master administrator, who
     * may only set legal representatives here); null when there is no valid token.
     */
    private Caller caller() {
        String header = session.getContext().getRequestHeaders().getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() > 16_384) {
            return null;
        }
        RealmModel authRealm = realm;
        try {
            AccessToken unverified = new JWSInput(header.substring(7).trim()).readJsonContent(AccessToken.class);
            String issuer = unverified.getIssuer();
            if (issuer != null && issuer.endsWith("/realms/master") && !"master".equals(realm.getName())) {
                authRealm = session.realms().getRealmByName("master");
            }
        } catch (JWSInputException | RuntimeException e) {
            return null;
        }
        AuthenticationManager.AuthResult auth;
        session.getContext().setRealm(authRealm);
        try {
            auth = new AppAuthManager.BearerTokenAuthenticator(session).setRealm(authRealm).authenticate();
        } catch (RuntimeException e) {
            LOG.debugf("Bearer token refused: %s", e.getMessage());
            auth = null;
        } finally {
            session.getContext().setRealm(realm);
        }
        return auth == null ? null : Caller.of(session, authRealm, realm, auth);
    }

    /**
     * A token of this realm must name the API in its audience; a master token (issued for Keycloak's
     * admin console or CLI) is accepted only from an administrator of this realm, who may do no more
     * here than set legal representatives.
     */
    private boolean issuedForApi(Caller caller) {
        if (!caller.auth().getRealm().getId().equals(realm.getId())) {
            return caller.realmAdministrator();
        }
        return caller.auth().getToken().hasAudience(OrganisationResourceProviderFactory.AUDIENCE);
    }

    static JsonNode body(String body) throws InvalidRequestException {
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            throw new InvalidRequestException("INVALID_JSON", "A JSON object of at most " + MAX_BODY + " characters is expected");
        }
        try {
            JsonNode json = JsonSerialization.mapper.readTree(body);
            if (json == null || !json.isObject()) {
                throw new InvalidRequestException("INVALID_JSON", "A JSON object is expected");
            }
            return json;
        } catch (java.io.IOException e) {
            throw new InvalidRequestException("INVALID_JSON", "The body is not valid JSON");
        }
    }

    /** A string field: null when absent (unless required), 400 when not a string or longer than {@code max}. */
    static String text(JsonNode json, String field, int max, boolean required) throws InvalidRequestException {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new InvalidRequestException("MISSING_FIELD", field + " is required");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidRequestException("INVALID_FIELD", field + " must be a string");
        }
        if (node.asText().length() > max) {
            throw new InvalidRequestException("FIELD_TOO_LONG", field + " is longer than " + max + " characters");
        }
        return node.asText();
    }

    /** A text field people read (a name, a code): {@link TextRule}'s rules, its reason as the API's. */
    static String text(JsonNode json, String field, TextRule rule, boolean required) throws InvalidRequestException {
        String text = text(json, field, rule.maxLength(), required);
        if (text == null) {
            return null;
        }
        try {
            return rule.check(text);
        } catch (InvalidTextException e) {
            throw new InvalidRequestException(e.reason().name(), e.getMessage());
        }
    }

    /** An id field of the body, which must match the id pattern of the document. */
    static String id(JsonNode json, String field, Pattern pattern) throws InvalidRequestException {
        return id(text(json, field, 64, true), field, pattern);
    }

    /** An id (path parameter or field): 400 {@code INVALID_ID} when it cannot be an id at all. */
    static String id(String value, String name, Pattern pattern) throws InvalidRequestException {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new InvalidRequestException("INVALID_ID", name + " is not a well-formed id");
        }
        return value;
    }

    /** A paging parameter: absent means {@code otherwise}; anything but an integer in [min, max] is 400 {@code INVALID_PAGING}. */
    static int paging(String value, String name, int otherwise, int min, int max) throws InvalidRequestException {
        if (value == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidRequestException("INVALID_PAGING", name + " must be an integer from " + min + " to " + max);
    }

    /**
     * An end date: an ISO-8601 instant ({@code 2026-12-31T23:00:00Z}), or a date, meaning until the
     * end of that day in Brussels.
     */
    static Long validUntil(String text) throws InvalidRequestException {
        if (text == null) {
            return null;
        }
        try {
            if (DATE.matcher(text).matches()) {
                return LocalDate.parse(text).plusDays(1).atStartOfDay(BRUSSELS).toInstant().toEpochMilli();
            }
            if (INSTANT.matcher(text).matches()) {
                return OffsetDateTime.parse(text).toInstant().toEpochMilli();
            }
        } catch (DateTimeException | ArithmeticException e) {
            // refused below
        }
        throw new InvalidRequestException("INVALID_VALID_UNTIL",
                "validUntil must be a date (YYYY-MM-DD) or an instant (YYYY-MM-DDThh:mm:ss[.fraction] with Z or an offset)");
    }
}
