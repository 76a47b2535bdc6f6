package be.digitalkeys.activation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

import be.digitalkeys.common.LockedCredentials;
import be.digitalkeys.common.Values;
import be.digitalkeys.securitycode.CodeDelivery;
import be.digitalkeys.securitycode.CodeSeal;
import be.digitalkeys.securitycode.MalformedCodeException;
import be.digitalkeys.securitycode.SecurityCodeConfig;
import be.digitalkeys.securitycode.credential.SecurityCodeKeyCredentialModel;
import be.digitalkeys.securitycode.credential.SecurityCodeKeyCredentialModel.Channel;
import be.digitalkeys.sms.InvalidPhoneNumberException;
import be.digitalkeys.sms.PhoneNumbers;
import be.digitalkeys.totp.TotpCodeChecker;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.models.utils.HmacOTP;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * "Activer vos clés numériques", after the link of the activation e-mail: (1) the paper code,
 * (2) the digital key (code by e-mail, by app, by SMS), (3) username and password, (4) the
 * registration code sent to that channel (5 minutes) or read from the app.
 */
public class ActivateKeysRequiredAction implements RequiredActionProvider {

    public static final String DEACTIVATED_ATTRIBUTE = "dk.activation.keysDeactivated";
    static final int MAX_WRONG_PAPER_CODES = 5;
    static final int REGISTRATION_CODE_SECONDS_DEFAULT = 300;
    static final String REGISTRATION_SECONDS_ATTRIBUTE = "dk.activation.registrationCodeSeconds";
    static final int MAX_REGISTRATION_ATTEMPTS = 3;
    static final String NOTE_STEP = "dk.act.step";
    static final String NOTE_CHANNEL = "dk.act.channel";
    static final String NOTE_PHONE = "dk.act.phone";
    static final String NOTE_SECRET = "dk.act.secret";
    static final String NOTE_CODE = "dk.act.code";
    static final String NOTE_EXPIRES = "dk.act.expires";
    static final String NOTE_ATTEMPTS = "dk.act.attempts";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (ActivationCodeCredentialProvider.pending(context.getUser()).isEmpty() && step(context) == ActivationStep.CODE) {
            context.challenge(ActivationPage.of(context, ActivationStep.CODE).error(null, "dkActivationNone").render());
            return;
        }
        context.challenge(ActivationPage.of(context, step(context)).render());
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        switch (step(context)) {
            case CODE -> paperCode(context, input.getFirst("activationCode"));
            case KEY -> chooseKey(context, input);
            case CREDENTIALS -> ActivationCredentials.process(context, input, this::afterCredentials);
            case CONFIRM -> confirm(context, input);
        }
    }

    static ActivationStep step(RequiredActionContext context) {
        return ActivationStep.fromNote(context.getAuthenticationSession().getAuthNote(NOTE_STEP));
    }

    private static void go(RequiredActionContext context, ActivationStep step) {
        context.getAuthenticationSession().setAuthNote(NOTE_STEP, step.name());
        context.challenge(ActivationPage.of(context, step).render());
    }

    private void paperCode(RequiredActionContext context, String typed) {
        UserModel user = context.getUser();
        ActivationCodeCredentialModel pending = ActivationCodeCredentialProvider.pending(user).orElse(null);
        if (pending == null || pending.data().wrongTries() >= MAX_WRONG_PAPER_CODES) {
            context.challenge(ActivationPage.of(context, ActivationStep.CODE).error(null, pending == null ? "dkActivationNone" : "dkActivationBlocked").render());
            return;
        }
        if (pending.isExpired()) {
            context.challenge(ActivationPage.of(context, ActivationStep.CODE).error(null, "dkActivationExpired").render());
            return;
        }
        PaperActivationCode code;
        try {
            code = PaperActivationCode.parse(typed);
        } catch (MalformedActivationCodeException e) {
            context.challenge(ActivationPage.of(context, ActivationStep.CODE).error("activationCode", "dkActivationCodeMalformed").render());
            return;
        }
        if (!pending.matches(code)) {
            // Counted on the stored value under the row lock, so parallel wrong codes each count once.
            ActivationCodeCredentialModel counted = LockedCredentials.update(context.getSession(), user.getId(), pending.getId(),
                            stored -> ActivationCodeCredentialModel.fromModel(stored).withWrongTry())
                    .map(ActivationCodeCredentialModel::fromModel).orElse(pending.withWrongTry());
            context.getEvent().detail("dk_activation", "wrong_paper_code").error("invalid_code");
            int left = MAX_WRONG_PAPER_CODES - counted.data().wrongTries();
            context.challenge(ActivationPage.of(context, ActivationStep.CODE)
                    .error("activationCode", left > 0 ? "dkActivationCodeWrong" : "dkActivationBlocked", left).render());
            return;
        }
        // The right code counts only if parallel wrong codes did not use up the tries meanwhile.
        int tries = LockedCredentials.update(context.getSession(), user.getId(), pending.getId(), stored -> null)
                .map(stored -> ActivationCodeCredentialModel.fromModel(stored).data().wrongTries()).orElse(MAX_WRONG_PAPER_CODES);
        if (tries >= MAX_WRONG_PAPER_CODES) {
            context.challenge(ActivationPage.of(context, ActivationStep.CODE).error(null, "dkActivationBlocked").render());
            return;
        }
        go(context, ActivationStep.KEY);
    }

    private void chooseKey(RequiredActionContext context, MultivaluedMap<String, String> input) {
        String channel = input.getFirst("channel");
        if (!"email".equals(channel) && !"sms".equals(channel) && !"app".equals(channel)) {
            context.challenge(ActivationPage.of(context, ActivationStep.KEY).error("channel", "dkActivationChooseKey").render());
            return;
        }
        if (!"on".equals(input.getFirst("terms"))) {
            context.challenge(ActivationPage.of(context, ActivationStep.KEY).error("terms", "dkActivationTermsRequired").render());
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if ("sms".equals(channel)) {
            try {
                authSession.setAuthNote(NOTE_PHONE, PhoneNumbers.toE164(input.getFirst("phone"), "BE"));
            } catch (InvalidPhoneNumberException e) {
                context.challenge(ActivationPage.of(context, ActivationStep.KEY).error("phone", "dkActivationPhoneInvalid").render());
                return;
            }
        }
        authSession.setAuthNote(NOTE_CHANNEL, channel);
        go(context, ActivationStep.CREDENTIALS);
    }

    /** Username and password are set: send the registration code, or prepare the app's secret. */
    private void afterCredentials(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if ("app".equals(authSession.getAuthNote(NOTE_CHANNEL))) {
            authSession.setAuthNote(NOTE_SECRET, HmacOTP.generateSecret(20));
            go(context, ActivationStep.CONFIRM);
            return;
        }
        if (sendRegistrationCode(context)) {
            go(context, ActivationStep.CONFIRM);
        }
    }

    private boolean sendRegistrationCode(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        SecurityCodeKeyCredentialModel key = newKey(context);
        SecurityCodeConfig config = SecurityCodeConfig.forChannel(context.getRealm(), key.isFor(Channel.SMS) ? Channel.SMS : Channel.EMAIL);
        String code = config.format().generate(RANDOM);
        int seconds = registrationSeconds(context);
        try {
            CodeDelivery.send(context.getSession(), context.getRealm(), authSession, context.getUser(), key, config, code,
                    Math.max(1, seconds / 60), CodeDelivery.Purpose.REGISTRATION);
        } catch (CodeDelivery.DeliveryException e) {
            authSession.setAuthNote(NOTE_STEP, ActivationStep.KEY.name());
            context.challenge(ActivationPage.of(context, ActivationStep.KEY).error(null, "dkActivationDeliveryFailed").render());
            return false;
        }
        authSession.setAuthNote(NOTE_CODE, CodeSeal.seal(context.getSession(), context.getRealm(), binding(context), code));
        authSession.setAuthNote(NOTE_EXPIRES, String.valueOf(Time.currentTime() + seconds));
        authSession.setAuthNote(NOTE_ATTEMPTS, "0");
        return true;
    }

    private void confirm(RequiredActionContext context, MultivaluedMap<String, String> input) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String channel = authSession.getAuthNote(NOTE_CHANNEL);
        if (input.containsKey("resend") && !"app".equals(channel)) {
            if (sendRegistrationCode(context)) {
                context.challenge(ActivationPage.of(context, ActivationStep.CONFIRM).info("dkActivationCodeResent").render());
            }
            return;
        }
        if (input.containsKey("otherKey")) {
            go(context, ActivationStep.KEY);
            return;
        }
        if ("app".equals(channel)) {
            confirmApp(context, input.getFirst("code"));
            return;
        }
        SecurityCodeConfig config = SecurityCodeConfig.forChannel(context.getRealm(), "sms".equals(channel) ? Channel.SMS : Channel.EMAIL);
        String typed;
        try {
            typed = config.format().normalise(input.getFirst("code"));
        } catch (MalformedCodeException e) {
            context.challenge(ActivationPage.of(context, ActivationStep.CONFIRM).error("code", "dkSecurityCodeMalformedDigits", config.format().length()).render());
            return;
        }
        int attempts = parse(authSession.getAuthNote(NOTE_ATTEMPTS));
        String expected = parse(authSession.getAuthNote(NOTE_EXPIRES)) > Time.currentTime()
                ? CodeSeal.open(context.getSession(), context.getRealm(), binding(context), authSession.getAuthNote(NOTE_CODE)) : null;
        if (expected == null || attempts >= MAX_REGISTRATION_ATTEMPTS) {
            context.challenge(ActivationPage.of(context, ActivationStep.CONFIRM).error("code", "dkActivationRegistrationExpired").render());
            return;
        }
        if (!MessageDigest.isEqual(typed.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            authSession.setAuthNote(NOTE_ATTEMPTS, String.valueOf(attempts + 1));
            context.challenge(ActivationPage.of(context, ActivationStep.CONFIRM).error("code", "dkSecurityCodeInvalid").render());
            return;
        }
        context.getUser().credentialManager().createCredentialThroughProvider(newKey(context));
        finish(context);
    }

    private void confirmApp(RequiredActionContext context, String typed) {
        String secret = context.getAuthenticationSession().getAuthNote(NOTE_SECRET);
        TotpCodeChecker checker = new TotpCodeChecker(context.getSession(), context.getRealm());
        String code = checker.normalise(typed);
        if (code == null || secret == null) {
            context.challenge(ActivationPage.of(context, ActivationStep.CONFIRM).error("code", "dkTotpMalformed", checker.digits()).render());
            return;
        }
        TotpCodeChecker.Outcome outcome = checker.check("activation." + context.getUser().getId(),
                secret.getBytes(StandardCharsets.UTF_8), code);
        if (outcome != TotpCodeChecker.Outcome.ACCEPTED) {
            context.challenge(ActivationPage.of(context, ActivationStep.CONFIRM).error("code",
                    outcome == TotpCodeChecker.Outcome.OUT_OF_WINDOW ? "dkTotpOutOfWindow" : "dkTotpSetupInvalid").render());
            return;
        }
        UserModel user = context.getUser();
        user.credentialManager().getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE).toList()
                .forEach(c -> user.credentialManager().removeStoredCredentialById(c.getId()));
        var created = user.credentialManager().createCredentialThroughProvider(
                OTPCredentialModel.createFromPolicy(context.getRealm(), secret, "App"));
        checker.claim(created.getId(), code, checker.currentStep());
        finish(context);
    }

    private void finish(RequiredActionContext context) {
        UserModel user = context.getUser();
        ActivationCodeCredentialProvider.pending(user).ifPresent(p -> user.credentialManager().removeStoredCredentialById(p.getId()));
        user.removeAttribute(DEACTIVATED_ATTRIBUTE);
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        context.getEvent().detail("dk_activation", "key_activated").detail("dk_channel", authSession.getAuthNote(NOTE_CHANNEL)).success();
        for (String note : new String[] {NOTE_STEP, NOTE_CHANNEL, NOTE_PHONE, NOTE_SECRET, NOTE_CODE, NOTE_EXPIRES, NOTE_ATTEMPTS}) {
            authSession.removeAuthNote(note);
        }
        context.success();
    }

    private static SecurityCodeKeyCredentialModel newKey(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if ("sms".equals(authSession.getAuthNote(NOTE_CHANNEL))) {
            String phone = authSession.getAuthNote(NOTE_PHONE);
            return SecurityCodeKeyCredentialModel.create(Channel.SMS, phone, PhoneNumbers.mask(phone));
        }
        return SecurityCodeKeyCredentialModel.create(Channel.EMAIL, context.getUser().getEmail(), context.getUser().getEmail());
    }

    private static int registrationSeconds(RequiredActionContext context) {
        return Values.bounded(context.getRealm().getAttribute(REGISTRATION_SECONDS_ATTRIBUTE), REGISTRATION_CODE_SECONDS_DEFAULT, 60, 3600);
    }

    private static String binding(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        return "activation." + authSession.getParentSession().getId() + "." + authSession.getTabId() + "." + context.getUser().getId();
    }

    private static int parse(String value) {
        return Values.note(value);
    }

    @Override
    public void close() {
    }
}
