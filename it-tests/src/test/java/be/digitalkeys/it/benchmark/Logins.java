package be.digitalkeys.it.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import be.digitalkeys.cardreader.ocra.Ocra;
import be.digitalkeys.cardreader.ocra.OcraInput;
import be.digitalkeys.cardreader.ocra.OcraSuite;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;

/**
 * One complete browserless login per method, as a person's browser does it: open the
 * authorization endpoint, read each form Keycloak renders, post what the person types (the TOTP
 * of their app, the code from the e-mail or SMS, the response of their card reader), then
 * exchange the authorization code for tokens.
 */
final class Logins {

    private static final int MAX_POLLS = 500;
    private static final Duration POLL = Duration.ofMillis(20);

    private Logins() {
    }

    static ChainBuilder login(Method method, BenchPlan plan) {
        ChainBuilder chain = exec(session -> pickUser(session, method, plan))
                .exec(pause(session -> Duration.ofMillis(session.getLong("totpWait"))))
                .exec(http(method.name() + " open").get(authPath(method)).check(status().is(200), formOf(firstForm(method))));
        chain = switch (method) {
            case BASELINE -> chain.exec(password(method, "kc-otp-login-form")).exec(answer(method, "otp", "otp"));
            case PASSWORD_APP -> chain.exec(password(method, "dk-totp-form")).exec(answer(method, "otp", "otp"));
            case EMAIL_CODE -> chain.exec(password(method, "dk-security-code-form"))
                    .exec(poll(session -> BenchMailbox.emailCode(plan.mail(), session.getString("email"))))
                    .exec(answer(method, "code", "code"));
            case SMS_CODE -> chain.exec(password(method, "dk-security-code-form"))
                    .exec(poll(session -> BenchMailbox.smsCode(plan.sms(), session.getString("phone"))))
                    .exec(answer(method, "code", "code"));
            case APP -> chain
                    .exec(http(method.name() + " phone").post("#{action}").formParam("country", "BE").formParam("phone", "#{phone}")
                            .check(status().is(200), css("#kc-dk-app-continue-form", "action").saveAs("action"),
                                    css("#dkAppIcon", "data-icon").optional().saveAs("icon")))
                    .exec(session -> signed(session, "dk-app-pending", null))
                    .exec(http(method.name() + " app pending").post("/realms/" + method.realm + "/dk-app/devices/#{device}/pending")
                            .body(StringBody("#{signed}")).asJson()
                            .check(status().is(200), jsonPath("$.requests[0].request").saveAs("request")))
                    .exec(session -> signed(session, "dk-app-answer", session.getString("request")))
                    .exec(http(method.name() + " app answer").post("/realms/" + method.realm + "/dk-app/requests/#{request}/answer")
                            .body(StringBody("#{signed}")).asJson()
                            .check(status().is(200), jsonPath("$.state").is("approved")))
                    .exec(session -> session.set("continue", "continue"))
                    .exec(answer(method, "action", "continue"));
            case CARD_READER -> chain
                    .exec(http(method.name() + " card").post("#{action}").formParam("cardNumber", "#{card}")
                            .check(status().is(200), formOf("dk-card-response-form"),
                                    css("#dk-card-reader", "data-challenge").saveAs("challenge")))
                    .exec(Logins::ocra)
                    .exec(answer(method, "response", "response"));
        };
        return chain.exitHereIfFailed()
                .exec(session -> session.set("code", codeOf(session.getString("location"))))
                .exec(http(method.name() + " token").post("/realms/" + method.realm + "/protocol/openid-connect/token")
                        .formParam("grant_type", "authorization_code").formParam("code", "#{code}")
                        .formParam("client_id", BenchRealms.CLIENT).formParam("redirect_uri", BenchRealms.REDIRECT)
                        .check(status().is(200), jsonPath("$.access_token").exists()));
    }

    /**
     * The user of this login; for the TOTP methods also the step whose code they will type, one
     * they never sent (when it has not begun yet, the login first waits for it: "totpWait" ms,
     * left out of the login's duration).
     */
    private static Session pickUser(Session session, Method method, BenchPlan plan) {
        int i = plan.nextUser(method);
        long wait = 0;
        String otp = "";
        if (method == Method.BASELINE || method == Method.PASSWORD_APP) {
            TotpSteps.Reservation step = plan.totpStep(method, i);
            otp = step.code();
            wait = Math.max(0, step.startMillis() - System.currentTimeMillis());
            if (wait > 0) {
                plan.recorder().waitedForTotp();
            }
        }
        return session.setAll(Map.of("method", method.name(), "i", i, "username", BenchUsers.username(i), "email", BenchUsers.email(i),
                "phone", BenchUsers.phone(i), "card", BenchUsers.cardNumber(i), "found", "", "otp", otp, "totpWait", wait));
    }

    private static String firstForm(Method method) {
        return switch (method) {
            case CARD_READER -> "dk-card-form";
            case APP -> "kc-dk-app-phone-form";
            default -> "kc-form-login";
        };
    }

    private static io.gatling.javaapi.core.CheckBuilder.Final formOf(String id) {
        return css("#" + id, "action").saveAs("action");
    }

    private static ChainBuilder password(Method method, String nextForm) {
        return exec(http(method.name() + " password").post("#{action}")
                .formParam("username", "#{username}").formParam("password", BenchUsers.PASSWORD)
                .check(status().is(200), formOf(nextForm)));
    }

    /** The last form: its answer, then Keycloak's redirect to the client with the authorization code. */
    private static ChainBuilder answer(Method method, String field, String sessionKey) {
        return exec(http(method.name() + " " + field).post("#{action}").formParam(field, "#{" + sessionKey + "}")
                .check(status().is(302), header("Location").saveAs("location")));
    }

    private static Session ocra(Session session) {
        try {
            OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA256-8:QN08");
            String response = Ocra.forSuite(suite).compute(BenchUsers.cardKey(session.getInt("i")),
                    OcraInput.builder().challenge(session.getString("challenge")).build());
            return session.set("response", response);
        } catch (Exception e) {
            return session.markAsFailed();
        }
    }

    /** What the phone app sends: a payload signed with the user's device key, as JSON {payload, signature}. */
    private static Session signed(Session session, String typ, String request) {
        int i = session.getInt("i");
        Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("typ", typ);
        payload.put("realm", Method.APP.realm);
        payload.put("device", BenchUsers.appDeviceId(i));
        if (request != null) {
            payload.put("request", request);
            payload.put("decision", "approve");
            payload.put("icon", session.contains("icon") ? session.getString("icon") : null);
        }
        payload.put("ts", System.currentTimeMillis());
        be.digitalkeys.appclient.SignedMessage message = be.digitalkeys.appclient.DeviceKeys.sign(
                BenchUsers.appKeys(i).getPrivate(), be.digitalkeys.appclient.Payloads.json(payload));
        return session.set("device", BenchUsers.appDeviceId(i))
                .set("signed", "{\"payload\":\"" + message.payload() + "\",\"signature\":\"" + message.signature() + "\"}");
    }

    /** Polls (without blocking Gatling's threads) until the code has arrived, then keeps it as "code". */
    private static ChainBuilder poll(java.util.function.Function<Session, String> reader) {
        return exec(session -> session.set("code", "").set("polls", 0))
                .exec(asLongAs(session -> session.getString("code").isEmpty() && session.getInt("polls") < MAX_POLLS).on(
                        exec(pause(POLL)).exec(session -> session.set("code", reader.apply(session)).set("polls", session.getInt("polls") + 1))))
                .exec(session -> session.getString("code").isEmpty() ? session.markAsFailed() : session)
                .exitHereIfFailed();
    }

    static String authPath(Method method) {
        return "/realms/" + method.realm + "/protocol/openid-connect/auth?client_id=" + BenchRealms.CLIENT
                + "&response_type=code&scope=openid&redirect_uri=" + URLEncoder.encode(BenchRealms.REDIRECT, StandardCharsets.UTF_8);
    }

    private static String codeOf(String location) {
        if (location == null) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]code=([^&#]+)").matcher(location);
        return m.find() ? m.group(1) : "";
    }
}
