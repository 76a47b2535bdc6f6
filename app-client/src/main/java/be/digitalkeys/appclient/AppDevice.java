package be.digitalkeys.appclient;

import java.security.KeyPair;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An enrolled phone as the app holds it: device id, realm, first name, key pair and the app code
 * as a salted PBKDF2 hash only. Like the real app it checks the app code itself and blocks
 * after {@value #MAX_WRONG_CODES} wrong codes in a row.
 */
public final class AppDevice {

    /** Wrong app codes in a row after which the app blocks itself. */
    public static final int MAX_WRONG_CODES = 5;
    public static final String TYP_PENDING = "dk-app-pending";
    public static final String TYP_VIEW = "dk-app-view";
    public static final String TYP_ANSWER = "dk-app-answer";
    public static final String APPROVE = "approve";
    public static final String DENY = "deny";

    private final AppHttp http;
    private final String realm;
    private final String id;
    private final String firstName;
    private final KeyPair keys;
    private final AppCodeHash appCode;
    private int wrongCodes;
    private volatile long clockSkewMillis;

    AppDevice(AppHttp http, String realm, String id, String firstName, KeyPair keys, AppCodeHash appCode) {
        this.http = http;
        this.realm = realm;
        this.id = id;
        this.firstName = firstName;
        this.keys = keys;
        this.appCode = appCode;
    }

    /**
     * The same phone (key, id, app code) talking to another Keycloak node of the cluster, e.g.
     * {@code http://127.0.0.1:8181}; wrong-code counts are not shared with the copy.
     */
    public AppDevice through(java.net.URI keycloakBaseUrl) {
        String base = keycloakBaseUrl.toString().replaceAll("/+$", "");
        return new AppDevice(new AppHttp(base + PathTemplates.expand(AppClient.API_ROOT_TEMPLATE, realm)), realm, id, firstName, keys, appCode);
    }

    /** pendingRequests: the request waiting for this device, if any. */
    public List<PendingRequest> pending() throws AppApiException {
        SignedMessage message = signStamped(payload(TYP_PENDING, null));
        List<PendingRequest> requests = http.call(Operations.PENDING_REQUESTS, message, Bodies.PendingList.class, id).requests();
        return requests == null ? List.of() : List.copyOf(requests);
    }

    /** viewRequest: what is asked and the icons to offer. */
    public RequestView view(String request) throws AppApiException {
        return http.call(Operations.VIEW_REQUEST, signStamped(payload(TYP_VIEW, request)), RequestView.class, request);
    }

    /** answerRequest approving with the icon tapped, after checking the app code; returns the state. */
    public String approve(String request, String icon, String appCode)
            throws WrongAppCodeException, AppBlockedException, AppApiException {
        checkAppCode(appCode);
        return postAnswer(request, signAnswer(request, APPROVE, icon));
    }

    /** answerRequest denying ("this was not me"), after checking the app code; returns the state. */
    public String deny(String request, String appCode) throws WrongAppCodeException, AppBlockedException, AppApiException {
        checkAppCode(appCode);
        return postAnswer(request, signAnswer(request, DENY, null));
    }

    /** For tests: the signed answer, not sent. */
    public SignedMessage signAnswer(String request, String decision, String icon) {
        Map<String, Object> payload = payload(TYP_ANSWER, request);
        payload.put("decision", decision);
        payload.put("icon", icon);
        return signStamped(payload);
    }

    /** For tests: posts any answer message (a replay, one signed by another device); returns the state. */
    public String postAnswer(String request, SignedMessage message) throws AppApiException {
        return http.call(Operations.ANSWER_REQUEST, message, Bodies.AnswerResult.class, request).state();
    }

    /** For tests: signs any payload with this device's key. */
    public SignedMessage sign(Map<String, Object> payload) {
        return DeviceKeys.sign(keys.getPrivate(), Payloads.json(payload));
    }

    /** Shifts the {@code ts} of later payloads (to test stale messages). */
    public void setClockSkewMillis(long clockSkewMillis) {
        this.clockSkewMillis = clockSkewMillis;
    }

    /** The opaque device id the server gave. */
    public String id() {
        return id;
    }

    public String firstName() {
        return firstName;
    }

    public String realm() {
        return realm;
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    /** Whether the app blocked itself after too many wrong app codes. */
    public synchronized boolean isBlocked() {
        return wrongCodes >= MAX_WRONG_CODES;
    }

    private synchronized void checkAppCode(String typed) throws WrongAppCodeException, AppBlockedException {
        if (isBlocked()) {
            throw new AppBlockedException();
        }
        if (appCode.matches(typed)) {
            wrongCodes = 0;
            return;
        }
        wrongCodes++;
        if (isBlocked()) {
            throw new AppBlockedException();
        }
        throw new WrongAppCodeException(MAX_WRONG_CODES - wrongCodes);
    }

    /** {typ, realm, device[, request]} in that order; {@link #signStamped} adds ts last. */
    private Map<String, Object> payload(String typ, String request) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("typ", typ);
        payload.put("realm", realm);
        payload.put("device", id);
        if (request != null) {
            payload.put("request", request);
        }
        return payload;
    }

    private SignedMessage signStamped(Map<String, Object> payload) {
        payload.put("ts", System.currentTimeMillis() + clockSkewMillis);
        return sign(payload);
    }

    @Override
    public String toString() {
        return "AppDevice[" + id + " in " + realm + "]";
    }
}
