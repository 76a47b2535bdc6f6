package be.digitalkeys.securitycode;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;

import be.digitalkeys.common.SlotQuota;
import be.digitalkeys.common.Values;
import be.digitalkeys.securitycode.credential.SecurityCodeKeyCredentialModel;
import be.digitalkeys.securitycode.credential.SecurityCodeKeyCredentialProvider;
import be.digitalkeys.sms.PhoneNumbers;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.common.util.Time;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A digital key "security code": after username + password, a code goes to the key's channel
 * (e-mail or SMS) and the user types it. Wrong codes are failures of reference category "otp"
 * (counted by brute-force detection); expired codes, cooldowns, caps and delivery problems are
 * not. The code waits sealed in the authentication session and is accepted once.
 */
public class SecurityCodeAuthenticator implements Authenticator {

    static final String TEMPLATE = "dk-security-code.ftl";
    static final String FIELD_CODE = "code";
    static final String FIELD_RESEND = "resend";
    static final String NOTE_CODE = "dk.sc.code";
    static final String NOTE_EXPIRES = "dk.sc.expires";
    static final String NOTE_SENT = "dk.sc.sent";
    static final String NOTE_ATTEMPTS = "dk.sc.attempts";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        SecurityCodeConfig config = new SecurityCodeConfig(context.getAuthenticatorConfig());
        SecurityCodeKeyCredentialModel key = key(context, config);
        if (key == null) {
            context.challenge(page(context, config, null, "dkSecurityCodeNoKey", false));
            return;
        }
        if (pendingCode(context) == null) {
            sendNewCode(context, config, key);
            return;
        }
        context.challenge(page(context, config, key, null, true));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        SecurityCodeConfig config = new SecurityCodeConfig(context.getAuthenticatorConfig());
        SecurityCodeKeyCredentialModel key = key(context, config);
        UserModel user = context.getUser();
        if (key == null) {
            context.challenge(page(context, config, null, "dkSecurityCodeNoKey", false));
            return;
        }
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        if (input.containsKey(FIELD_RESEND)) {
            resend(context, config, key);
            return;
        }
        String bruteForceError = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (!user.isEnabled() || bruteForceError != null) {
            context.getEvent().user(user).error(bruteForceError != null ? bruteForceError : Errors.USER_DISABLED);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page(context, config, key, "dkSecurityCodeInvalid", true));
            return;
        }
        String typed;
        try {
            typed = config.format().normalise(input.getFirst(FIELD_CODE));
        } catch (MalformedCodeException e) {
            context.challenge(page(context, config, key, config.format().numeric() ? "dkSecurityCodeMalformedDigits"
                    : "dkSecurityCodeMalformed", true, config.format().length()));
            return;
        }
        String expected = pendingCode(context);
        if (expected == null) {
            context.challenge(page(context, config, key, "dkSecurityCodeExpired", true));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        int attempts = parse(authSession.getAuthNote(NOTE_ATTEMPTS));
        if (attempts >= config.maxAttempts()) {
            context.challenge(page(context, config, key, "dkSecurityCodeTooManyAttempts", true));
            return;
        }
        // Each try takes one of the code's slots first (putIfAbsent, cluster-wide): the same form sent
        // many times in parallel cannot try the code more often than allowed, whatever the note says.
        if (!SlotQuota.take(context.getSession().singleUseObjects(), "dk-sc-try." + authSession.getAuthNote(NOTE_CODE),
                config.maxAttempts(), config.validitySeconds())) {
            authSession.setAuthNote(NOTE_ATTEMPTS, String.valueOf(config.maxAttempts()));
            context.challenge(page(context, config, key, "dkSecurityCodeTooManyAttempts", true));
            return;
        }
        boolean equal = MessageDigest.isEqual(typed.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
        if (!equal) {
            authSession.setAuthNote(NOTE_ATTEMPTS, String.valueOf(attempts + 1));
            context.getEvent().user(user).detail("dk_channel", key.data().channel()).error(Errors.INVALID_USER_CREDENTIALS);
            String message = attempts + 1 >= config.maxAttempts() ? "dkSecurityCodeTooManyAttempts" : "dkSecurityCodeInvalid";
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page(context, config, key, message, true));
            return;
        }
        // Single use, also against a second node answering the same form at the same moment.
        String sealed = authSession.getAuthNote(NOTE_CODE);
        if (!context.getSession().singleUseObjects().putIfAbsent("dk-sc-used." + sealed, config.validitySeconds())) {
            context.challenge(page(context, config, key, "dkSecurityCodeExpired", true));
            return;
        }
        clear(authSession);
        context.getEvent().detail("dk_channel", key.data().channel());
        context.success(org.keycloak.models.credential.OTPCredentialModel.TYPE);
    }

    private void sendNewCode(AuthenticationFlowContext context, SecurityCodeConfig config, SecurityCodeKeyCredentialModel key) {
        var slot = SendQuota.take(context.getSession(), context.getRealm().getId(), context.getUser().getId(), config.maxCodesPerHour());
        if (slot.isEmpty()) {
            context.challenge(page(context, config, key, "dkSecurityCodeQuota", false));
            return;
        }
        String code = config.format().generate(RANDOM);
        int now = Time.currentTime();
        try {
            CodeDelivery.send(context.getSession(), context.getRealm(), context.getAuthenticationSession(), context.getUser(),
                    key, config, code, config.validitySeconds() / 60);
        } catch (CodeDelivery.DeliveryException e) {
            SendQuota.giveBack(context.getSession(), slot.get());
            context.challenge(page(context, config, key, "dkSecurityCodeDeliveryFailed", false));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setAuthNote(NOTE_CODE, CodeSeal.seal(context.getSession(), context.getRealm(), binding(context), code));
        authSession.setAuthNote(NOTE_EXPIRES, String.valueOf(now + config.validitySeconds()));
        authSession.setAuthNote(NOTE_SENT, String.valueOf(now));
        authSession.setAuthNote(NOTE_ATTEMPTS, "0");
        context.challenge(page(context, config, key, null, true));
    }

    /** Sends the same code again after the cooldown; a new code once it expired or was used up. */
    private void resend(AuthenticationFlowContext context, SecurityCodeConfig config, SecurityCodeKeyCredentialModel key) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String code = pendingCode(context);
        boolean usedUp = parse(authSession.getAuthNote(NOTE_ATTEMPTS)) >= config.maxAttempts();
        if (code == null || usedUp) {
            clear(authSession);
            sendNewCode(context, config, key);
            return;
        }
        int wait = parse(authSession.getAuthNote(NOTE_SENT)) + config.resendCooldownSeconds() - Time.currentTime();
        if (wait > 0) {
            context.challenge(page(context, config, key, "dkSecurityCodeCooldown", true, wait));
            return;
        }
        var slot = SendQuota.take(context.getSession(), context.getRealm().getId(), context.getUser().getId(), config.maxCodesPerHour());
        if (slot.isEmpty()) {
            context.challenge(page(context, config, key, "dkSecurityCodeQuota", true));
            return;
        }
        int minutesLeft = Math.max(1, (parse(authSession.getAuthNote(NOTE_EXPIRES)) - Time.currentTime()) / 60);
        try {
            CodeDelivery.send(context.getSession(), context.getRealm(), authSession, context.getUser(), key, config, code, minutesLeft);
        } catch (CodeDelivery.DeliveryException e) {
            SendQuota.giveBack(context.getSession(), slot.get());
            context.challenge(page(context, config, key, "dkSecurityCodeDeliveryFailed", false));
            return;
        }
        authSession.setAuthNote(NOTE_SENT, String.valueOf(Time.currentTime()));
        context.challenge(pageWithInfo(context, config, key, "dkSecurityCodeResent", maskedAddress(key)));
    }

    /** The code waiting for this session, or null when there is none or it expired. */
    private static String pendingCode(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (authSession.getAuthNote(NOTE_CODE) == null || parse(authSession.getAuthNote(NOTE_EXPIRES)) <= Time.currentTime()) {
            return null;
        }
        return CodeSeal.open(context.getSession(), context.getRealm(), binding(context), authSession.getAuthNote(NOTE_CODE));
    }

    private static String binding(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        return authSession.getParentSession().getId() + "." + authSession.getTabId() + "." + context.getUser().getId();
    }

    private static void clear(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(NOTE_CODE);
        authSession.removeAuthNote(NOTE_EXPIRES);
        authSession.removeAuthNote(NOTE_SENT);
        authSession.removeAuthNote(NOTE_ATTEMPTS);
    }

    private static SecurityCodeKeyCredentialModel key(AuthenticationFlowContext context, SecurityCodeConfig config) {
        return SecurityCodeKeyCredentialProvider.keyFor(context.getUser(), config.channel()).orElse(null);
    }

    private static int parse(String value) {
        return Values.note(value);
    }

    private static Response pageWithInfo(AuthenticationFlowContext context, SecurityCodeConfig config,
            SecurityCodeKeyCredentialModel key, String info, Object... params) {
        var form = context.form();
        form.setInfo(info, params);
        return SecurityCodePage.render(form, config, key, maskedAddress(key), true);
    }

    private static Response page(AuthenticationFlowContext context, SecurityCodeConfig config, SecurityCodeKeyCredentialModel key,
            String error, boolean codeField, Object... params) {
        var form = context.form();
        if (error != null) {
            if (codeField) {
                form.addError(new FormMessage(FIELD_CODE, error, params));
            } else {
                form.setError(error, params);
            }
        }
        return SecurityCodePage.render(form, config, key, key == null ? "" : maskedAddress(key), codeField);
    }

    static String maskedAddress(SecurityCodeKeyCredentialModel key) {
        String address = key.data().address();
        if (key.isFor(SecurityCodeKeyCredentialModel.Channel.SMS)) {
            return PhoneNumbers.mask(address);
        }
        return Values.maskedEmail(address);
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
