package be.digitalkeys.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import be.digitalkeys.app.credential.AppDeviceCredentialModel;
import be.digitalkeys.app.credential.AppDeviceCredentialProvider;
import be.digitalkeys.appclient.DeviceKeys;
import be.digitalkeys.appclient.InvalidDeviceKeyException;
import be.digitalkeys.appclient.SignedMessage;
import be.digitalkeys.common.ResourceRoutes;
import be.digitalkeys.common.text.InvalidTextException;
import be.digitalkeys.common.text.TextRule;
import be.digitalkeys.sms.PhoneNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.util.JsonSerialization;

/**
 * {@code /realms/{realm}/dk-app/...}: the app-facing API (dk-app-openapi.yaml, served at
 * {@code openapi.yaml}), the waiting pages' state ({@code watch/{handle}}, JSON or server-sent
 * events). The phone simulator lives in the lab jar (development kit), never here.
 */
public class AppResource {

    static final String OPENAPI = "/be/digitalkeys/app/dk-app-openapi.yaml";
    static final int MAX_BODY = 16_384;
    /** The document's pattern of enrolment and request ids (a malformed one is 400, not "unknown"). */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22,64}");
    /** A device id is the user id in base64url, a dot and the credential id: about 85 characters (see AppDevices). */
    static final int MAX_DEVICE_ID = AppDevices.MAX_ID;
    private static final TextRule DEVICE_NAME = TextRule.named("name").maxLength(64).build();
    static final ResourceRoutes ROUTES = ResourceRoutes.builder()
            .route("enrolments", "POST")
            .route("enrolments/{enrolment}/sms-code", "POST")
            .route("enrolments/{enrolment}/device", "POST")
            .route("devices/{device}/pending", "POST")
            .route("requests/{request}/view", "POST")
            .route("requests/{request}/answer", "POST")
            .route("watch/{watch}/events", "GET")
            .route("watch/{watch}", "GET")
            .route("openapi.yaml", "GET")
            .build();
    private static final Logger LOG = Logger.getLogger(AppResource.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AppStreamGate streams;

    public AppResource(KeycloakSession session, AppStreamGate streams) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.streams = streams;
    }

    @POST
    @Path("enrolments")
    @Produces(MediaType.APPLICATION_JSON)
    public Response startEnrolment(String body) {
        return answer(() -> {
            JsonNode json = json(body);
            String token = text(json, "activationToken", 64);
            String phone = text(json, "phoneNumber", 64);
            AppEnrolments enrolments = new AppEnrolments(session.singleUseObjects());
            Map.Entry<AppEnrolments.Enrolment, String> started = enrolments.start(realm, token, phone);
            AppEnrolments.Enrolment enrolment = started.getKey();
            UserModel user = session.users().getUserById(realm, enrolment.userId());
            if (user == null || !AppSms.send(session, realm, user, enrolment.phone(), started.getValue())) {
                enrolments.finish(enrolment);
                throw new AppApiError(503, "sms_unavailable");
            }
            return Response.status(201).entity(Map.of("enrolment", enrolment.id(),
                    "expiresIn", secondsLeft(enrolment.expiresAt()), "codeLength", AppEnrolments.SMS_CODE_LENGTH)).build();
        });
    }

    @POST
    @Path("enrolments/{enrolment}/sms-code")
    @Produces(MediaType.APPLICATION_JSON)
    public Response confirmSmsCode(@PathParam("enrolment") String id, String body) {
        return answer(() -> {
            requireId(id);
            JsonNode json = json(body);
            AppEnrolments enrolments = new AppEnrolments(session.singleUseObjects());
            AppEnrolments.Enrolment enrolment = enrolments.get(realm, id).orElseThrow(() -> new AppApiError(410, "expired"));
            enrolments.confirm(enrolment, text(json, "code", 16));
            return Response.noContent().build();
        });
    }

    @POST
    @Path("enrolments/{enrolment}/device")
    @Produces(MediaType.APPLICATION_JSON)
    public Response registerDevice(@PathParam("enrolment") String id, String body) {
        return answer(() -> {
            requireId(id);
            JsonNode json = json(body);
            AppEnrolments enrolments = new AppEnrolments(session.singleUseObjects());
            AppEnrolments.Enrolment enrolment = enrolments.get(realm, id).orElseThrow(() -> new AppApiError(410, "expired"));
            String publicKey = text(json, "publicKey", 1024);
            String name = deviceName(text(json, "name", 64));
            String pushToken = json.path("pushToken").isTextual() ? json.get("pushToken").asText() : null;
            if (pushToken != null && pushToken.length() > 4096) {
                throw AppApiError.invalidRequest();
            }
            try {
                DeviceKeys.decodePublicKey(publicKey);
            } catch (InvalidDeviceKeyException e) {
                throw new AppApiError(400, "invalid_key");
            }
            SignedMessage message = AppSignedCalls.message(json);
            JsonNode payload = AppSignedCalls.parse(message);
            try {
                AppSignedCalls.checkSignature(publicKey, message);
            } catch (AppApiError e) {
                throw new AppApiError(400, "bad_signature");
            }
            try {
                new AppSignedCalls(session, realm).checkEnvelope(payload, "dk-app-enrol");
            } catch (AppApiError e) {
                // no device yet: the document answers a stale proof 400 here (401 is for known devices)
                throw "stale".equals(e.code()) ? new AppApiError(400, "stale") : e;
            }
            if (!id.equals(payload.path("enrolment").asText(null))) {
                throw AppApiError.invalidRequest();
            }
            if (!enrolment.confirmed()) {
                throw new AppApiError(400, "sms_code_not_confirmed");
            }
            UserModel user = session.users().getUserById(realm, enrolment.userId());
            if (user == null || !enrolments.finish(enrolment)) {
                throw new AppApiError(410, "expired");
            }
            AppDeviceCredentialModel device = AppDeviceCredentialModel.create(
                    new AppDeviceCredentialModel.Data(publicKey, enrolment.phone(), name, pushToken,
                            enrolment.bound().isEmpty() ? null : enrolment.bound()),
                    name + " (" + PhoneNumbers.mask(enrolment.phone()) + ")");
            String credentialId = new AppDeviceCredentialProvider(session).createCredential(realm, user, device).getId();
            new AppWatches(session.singleUseObjects()).enrolmentDone(enrolment.watch(), credentialId);
            LOG.infof("Phone app activated for user %s on %s", user.getId(), PhoneNumbers.mask(enrolment.phone()));
            return Response.status(201).entity(Map.of("device", AppDevices.idOf(user, credentialId),
                    "firstName", user.getFirstName() == null ? "" : user.getFirstName())).build();
        });
    }

    @POST
    @Path("devices/{device}/pending")
    @Produces(MediaType.APPLICATION_JSON)
    public Response pendingRequests(@PathParam("device") String device, String body) {
        return answer(() -> {
            if (device == null || device.isEmpty() || device.length() > MAX_DEVICE_ID) {
                throw AppApiError.invalidRequest();
            }
            AppSignedCalls.Call call = new AppSignedCalls(session, realm).verify(json(body), "dk-app-pending", device);
            List<Map<String, Object>> pending = new AppRequests(session.singleUseObjects()).pendingOf(realm, call.device().user())
                    .map(r -> List.<Map<String, Object>>of(Map.of("request", r.id(), "expiresIn", secondsLeft(r.expiresAt()))))
                    .orElse(List.of());
            return Response.ok(Map.of("requests", pending)).cacheControl(noStore()).build();
        });
    }

    @POST
    @Path("requests/{request}/view")
    @Produces(MediaType.APPLICATION_JSON)
    public Response viewRequest(@PathParam("request") String id, String body) {
        return answer(() -> {
            AppRequest request = signedRequest(id, body, "dk-app-view").getValue();
            AppRequest.State state = new AppRequests(session.singleUseObjects()).stateNow(request);
            if (state != AppRequest.State.PENDING) {
                throw finalState(state);
            }
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("request", request.id());
            view.put("service", request.service());
            view.put("action", "login");
            view.put("data", request.data());
            view.put("icons", request.icons());
            view.put("expiresIn", secondsLeft(request.expiresAt()));
            return Response.ok(view).cacheControl(noStore()).build();
        });
    }

    @POST
    @Path("requests/{request}/answer")
    @Produces(MediaType.APPLICATION_JSON)
    public Response answerRequest(@PathParam("request") String id, String body) {
        return answer(() -> {
            Map.Entry<AppSignedCalls.Call, AppRequest> signed = signedRequest(id, body, "dk-app-answer");
            AppSignedCalls.Call call = signed.getKey();
            AppRequest request = signed.getValue();
            String decision = call.text("decision");
            JsonNode iconNode = call.payload().get("icon");
            if (!"approve".equals(decision) && !"deny".equals(decision)
                    || iconNode != null && !iconNode.isNull() && !iconNode.isTextual()) {
                throw AppApiError.invalidRequest();
            }
            AppRequest.State state = new AppRequests(session.singleUseObjects()).stateNow(request);
            if (state != AppRequest.State.PENDING) {
                throw finalState(state);
            }
            AppRequests requests = new AppRequests(session.singleUseObjects());
            if (!requests.claimAnswer(request)) {
                throw new AppApiError(409, "already_answered");
            }
            String icon = iconNode == null || iconNode.isNull() ? "" : iconNode.asText();
            AppRequest.State outcome = "deny".equals(decision) ? AppRequest.State.DENIED
                    : request.showsIcon() && !request.icon().equals(icon) ? AppRequest.State.WRONG_ICON : AppRequest.State.APPROVED;
            requests.finish(request, outcome, call.device().id());
            LOG.infof("Phone app answer for request %s: %s", request.id(), outcome.id());
            return Response.ok(Map.of("state", outcome.id())).cacheControl(noStore()).build();
        });
    }

    @GET
    @Path("watch/{watch}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response watch(@PathParam("watch") String watch) {
        String state = new AppWatches(session.singleUseObjects()).state(watch).orElseThrow(NotFoundException::new);
        return Response.ok(Map.of("state", state)).cacheControl(noStore()).build();
    }

    @GET
    @Path("watch/{watch}/events")
    @Produces("text/event-stream")
    public Response events(@PathParam("watch") String watch) {
        new AppWatches(session.singleUseObjects()).state(watch).orElseThrow(NotFoundException::new);
        return answer(() -> {
            AppStreamGate.Lease lease = streams.enter(session.singleUseObjects(), watch);
            return Response.ok(new AppEventStream(session.getKeycloakSessionFactory(), watch, lease))
                    .type("text/event-stream").cacheControl(noStore()).header("X-Accel-Buffering", "no").build();
        });
    }

    @GET
    @Path("openapi.yaml")
    @Produces("application/yaml")
    public Response openApi() throws IOException {
        try (InputStream in = AppResource.class.getResourceAsStream(OPENAPI)) {
            return Response.ok(in.readAllBytes()).type("application/yaml; charset=utf-8").build();
        }
    }

    private Map.Entry<AppSignedCalls.Call, AppRequest> signedRequest(String id, String body, String typ) throws AppApiError {
        requireId(id);
        AppRequest request = new AppRequests(session.singleUseObjects()).get(id)
                .filter(r -> realm.getId().equals(r.realmId()))
                .orElseThrow(() -> new AppApiError(404, "unknown_request"));
        AppSignedCalls.Call call = new AppSignedCalls(session, realm).verify(json(body), typ, null);
        if (!id.equals(call.text("request"))) {
            throw AppApiError.invalidRequest();
        }
        if (!call.device().user().getId().equals(request.userId())) {
            throw new AppApiError(404, "unknown_request");
        }
        return Map.entry(call, request);
    }

    private static AppApiError finalState(AppRequest.State state) {
        return switch (state) {
            case EXPIRED -> new AppApiError(410, "expired");
            case CANCELLED -> new AppApiError(410, "cancelled");
            default -> new AppApiError(409, "already_answered");
        };
    }


    private interface Handler {
        Response handle() throws AppApiError;
    }

    private static Response answer(Handler handler) {
        try {
            return handler.handle();
        } catch (AppApiError e) {
            return e.response();
        }
    }

    private JsonNode json(String body) throws AppApiError {
        MediaType type = session.getContext().getRequestHeaders().getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isWildcardType() || type.isWildcardSubtype()) {
            throw new AppApiError(415, "unsupported_media_type");
        }
        if (body == null || body.isEmpty() || body.length() > MAX_BODY) {
            throw AppApiError.invalidRequest();
        }
        try {
            JsonNode node = JsonSerialization.mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw AppApiError.invalidRequest();
            }
            return node;
        } catch (IOException e) {
            throw AppApiError.invalidRequest();
        }
    }

    /** The device's name as people will read it in their account: {@link TextRule}'s rules. */
    private static String deviceName(String name) throws AppApiError {
        try {
            return DEVICE_NAME.check(name);
        } catch (InvalidTextException e) {
            throw AppApiError.invalidRequest();
        }
    }

    private static void requireId(String id) throws AppApiError {
        if (id == null || !ID.matcher(id).matches()) {
            throw AppApiError.invalidRequest();
        }
    }

    // ---- a wrong method or an unknown path: the document's answers, not JAX-RS's ----------------

    @GET
    @Path("{any: .*}")
    public Response getElsewhere(@PathParam("any") String any) {
        return notRouted("GET", any);
    }

    @POST
    @Path("{any: .*}")
    public Response postElsewhere(@PathParam("any") String any) {
        return notRouted("POST", any);
    }

    @PUT
    @Path("{any: .*}")
    public Response putElsewhere(@PathParam("any") String any) {
        return notRouted("PUT", any);
    }

    @DELETE
    @Path("{any: .*}")
    public Response deleteElsewhere(@PathParam("any") String any) {
        return notRouted("DELETE", any);
    }

    @PATCH
    @Path("{any: .*}")
    public Response patchElsewhere(@PathParam("any") String any) {
        return notRouted("PATCH", any);
    }

    /** 405 with {@code Allow} on a path of the API, 404 {@code not_found} elsewhere. */
    private static Response notRouted(String method, String path) {
        Optional<Set<String>> allowed = ROUTES.allowed(path);
        if (allowed.isPresent()) {
            return Response.status(405).header(jakarta.ws.rs.core.HttpHeaders.ALLOW, ResourceRoutes.allowHeader(allowed.get()))
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", "method_not_allowed")).build();
        }
        return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", "not_found")).build();
    }

    private static String text(JsonNode json, String field, int max) throws AppApiError {
        JsonNode node = json.get(field);
        if (node == null || !node.isTextual() || node.asText().length() > max) {
            throw AppApiError.invalidRequest();
        }
        return node.asText();
    }

    static int secondsLeft(long expiresAt) {
        return (int) Math.max(0, (expiresAt - Time.currentTimeMillis() + 999) / 1000);
    }

    private static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return noStore;
    }
}
