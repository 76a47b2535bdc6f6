package be.digitalkeys.totp;

import be.digitalkeys.loa.Binding;

import java.util.List;

import be.digitalkeys.password.PasswordSetupRequiredAction;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.credential.CredentialModel;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.OTPPolicy;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.models.utils.HmacOTP;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.utils.TotpUtils;

/**
 * Guided enrolment of an authenticator app: install, scan the QR code (or type the key), confirm
 * with a code. Setting it up again replaces the previous app (the seed's "reset your TOTP").
 * The secret lives in an authentication-session note, never in the page.
 */
public class TotpSetupRequiredAction implements RequiredActionProvider {

    static final String TEMPLATE = "dk-totp-setup.ftl";
    /** Why a login below the authenticator app's level must step up first. */
    static final String STEP_UP_MESSAGE = "dkStepUpTotp";
    static final String SECRET_NOTE = "dk.totp.setup.secret";
    static final String FIELD_CODE = "totp";
    static final String FIELD_LABEL = "userLabel";
    static final int MAX_LABEL_LENGTH = 64;
    /** The apps the insurer's FAQ names. */
    static final List<String> APPS = List.of("Google Authenticator", "Microsoft Authenticator", "Okta Verify", "Authy",
            "FreeOTP");

    /**
     * An application can send a logged-in user here with {@code kc_action=dk-totp-setup} to
     * reset their app (Keycloak asks for the password again when the login is older than the
     * action's maximum age, 5 minutes by default).
     */
    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (Binding.guard(context, TotpAuthenticatorFactory.PROVIDER_ID, STEP_UP_MESSAGE)) {
            challenge(context, null);
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (!Binding.guard(context, TotpAuthenticatorFactory.PROVIDER_ID, STEP_UP_MESSAGE)) {
            return;
        }
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        String secret = context.getAuthenticationSession().getAuthNote(SECRET_NOTE);
        if (secret == null) {
            challenge(context, null);
            return;
        }
        String label = input.getFirst(FIELD_LABEL) == null ? "" : input.getFirst(FIELD_LABEL).strip();
        if (label.length() > MAX_LABEL_LENGTH) {
            challenge(context, new FormMessage(FIELD_LABEL, "dkTotpSetupLabelTooLong", MAX_LABEL_LENGTH));
            return;
        }
        TotpCodeChecker checker = new TotpCodeChecker(context.getSession(), context.getRealm());
        String code = checker.normalise(input.getFirst(FIELD_CODE));
        if (code == null) {
            challenge(context, new FormMessage(FIELD_CODE, "dkTotpMalformed", checker.digits()));
            return;
        }
        byte[] raw = secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        TotpCodeChecker.Outcome outcome = checker.check("setup." + context.getAuthenticationSession().getParentSession().getId(), raw, code);
        if (outcome != TotpCodeChecker.Outcome.ACCEPTED) {
            context.getEvent().event(EventType.UPDATE_TOTP).error(Errors.INVALID_USER_CREDENTIALS);
            String message = outcome == TotpCodeChecker.Outcome.OUT_OF_WINDOW ? "dkTotpOutOfWindow" : "dkTotpSetupInvalid";
            challenge(context, new FormMessage(FIELD_CODE, message));
            return;
        }
        UserModel user = context.getUser();
        // A new app replaces the old one: the old codes stop working and remembered browsers are revoked.
        user.credentialManager().getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE).toList()
                .forEach(c -> user.credentialManager().removeStoredCredentialById(c.getId()));
        OTPCredentialModel model = OTPCredentialModel.createFromPolicy(context.getRealm(), secret,
                label.isEmpty() ? null : label);
        CredentialModel created = user.credentialManager().createCredentialThroughProvider(model);
        // The confirmation code cannot be replayed at the next login.
        checker.claim(created.getId(), code, checker.currentStep());
        context.getAuthenticationSession().removeAuthNote(SECRET_NOTE);
        Binding.adminEvent(context, created.getId(), OTPCredentialModel.TYPE);
        Binding.record(context.getEvent().event(EventType.UPDATE_TOTP).detail("credential_type", OTPCredentialModel.TYPE), context);
        context.getEvent().success();
        context.success();
    }

    private void challenge(RequiredActionContext context, FormMessage error) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String secret = authSession.getAuthNote(SECRET_NOTE);
        if (secret == null) {
            secret = HmacOTP.generateSecret(20);
            authSession.setAuthNote(SECRET_NOTE, secret);
        }
        OTPPolicy policy = context.getRealm().getOTPPolicy();
        var form = context.form()
                .setAttribute("dkTotpSecretGrouped", TotpUtils.encode(secret))
                .setAttribute("dkTotpQrCode", TotpUtils.qrCode(context.getSession(), secret, context.getRealm(), context.getUser()))
                .setAttribute("dkTotpDigits", policy.getDigits())
                .setAttribute("dkTotpPeriod", policy.getPeriod())
                .setAttribute("dkTotpAlgorithm", policy.getAlgorithmKey())
                .setAttribute("dkTotpApps", APPS)
                .setAttribute("dkTotpReplacing", context.getUser().credentialManager()
                        .getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE).findAny().isPresent());
        int[] step = PasswordSetupRequiredAction.journeyStep(context, 2);
        if (step != null) {
            form.setAttribute("dkStep", step[0]).setAttribute("dkSteps", step[1]);
        }
        if (error != null) {
            form.addError(error);
        }
        context.challenge(form.createForm(TEMPLATE));
    }

    @Override
    public void close() {
    }

}
