package be.digitalkeys.appclient;

import java.net.URI;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reference Java client of the app API (dk-app-openapi.yaml): what the phone app does to
 * enrol, for the integration tests. An enrolled phone is an {@link AppDevice}.
 */
public final class AppClient {

    /** Where every realm serves the app API, as the OpenAPI document's server url. */
    public static final String API_ROOT_TEMPLATE = "/realms/{realm}/dk-app";
    /** {@code typ} of the registration payload. */
    public static final String TYP_ENROL = "dk-app-enrol";

    private final String realm;
    private final AppHttp http;
    private final SecureRandom random = new SecureRandom();
    private volatile long clockSkewMillis;

    /**
     * @param keycloakBaseUrl where Keycloak answers, e.g. {@code http://127.0.0.1:8080}
     * @param realm the realm's name
     */
    public AppClient(URI keycloakBaseUrl, String realm) {
        this.realm = Objects.requireNonNull(realm, "realm");
        String base = keycloakBaseUrl.toString().replaceAll("/+$", "");
        this.http = new AppHttp(base + PathTemplates.expand(API_ROOT_TEMPLATE, realm));
    }

    /** The operations this client and its devices call, with their request fields. */
    public static List<ApiOperation> operations() {
        return Operations.ALL;
    }

    /** {@code {base}/realms/{realm}/dk-app}. */
    public URI apiRoot() {
        return URI.create(http.apiRoot());
    }

    public String realm() {
        return realm;
    }

    /** Shifts the {@code ts} of registration payloads (to test stale messages). */
    public void setClockSkewMillis(long clockSkewMillis) {
        this.clockSkewMillis = clockSkewMillis;
    }

    /** startEnrolment: the activation token shown on the PC and the phone number; the server sends the SMS code. */
    public Enrolment startEnrolment(String activationToken, String phoneNumber) throws AppApiException {
        return http.call(Operations.START_ENROLMENT, new Bodies.EnrolmentStart(activationToken, phoneNumber), Enrolment.class);
    }

    /** confirmSmsCode: the code received by SMS. */
    public void confirmSmsCode(String enrolment, String code) throws AppApiException {
        http.call(Operations.CONFIRM_SMS_CODE, new Bodies.SmsCode(code), Void.class, enrolment);
    }

    /**
     * registerDevice with a new P-256 key, after checking the chosen app code on the phone.
     *
     * @param pushToken the push address, or null
     * @throws AppCodeException the app code breaks a rule; nothing was sent
     */
    public AppDevice registerDevice(String enrolment, String deviceName, String pushToken, String appCode)
            throws AppCodeException, AppApiException {
        return registerDevice(enrolment, deviceName, pushToken, appCode, DeviceKeys.generate());
    }

    /** registerDevice with the given key pair, e.g. a P-384 one to see {@code invalid_key}. */
    public AppDevice registerDevice(String enrolment, String deviceName, String pushToken, String appCode, KeyPair keys)
            throws AppCodeException, AppApiException {
        AppCodeRules.standard().check(appCode);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("typ", TYP_ENROL);
        payload.put("realm", realm);
        payload.put("enrolment", enrolment);
        payload.put("ts", System.currentTimeMillis() + clockSkewMillis);
        SignedMessage proof = DeviceKeys.sign(keys.getPrivate(), Payloads.json(payload));
        Bodies.DeviceRegistration body = new Bodies.DeviceRegistration(DeviceKeys.encodePublicKey(keys.getPublic()),
                deviceName, pushToken, proof.payload(), proof.signature());
        Bodies.Device device = http.call(Operations.REGISTER_DEVICE, body, Bodies.Device.class, enrolment);
        return new AppDevice(http, realm, device.device(), device.firstName(), keys, AppCodeHash.of(appCode, random));
    }
}
