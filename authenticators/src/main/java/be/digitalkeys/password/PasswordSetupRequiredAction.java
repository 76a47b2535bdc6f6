package be.digitalkeys.password;

import be.digitalkeys.totp.TotpSetupRequiredActionFactory;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * First step of the first-login journey (and of "Forgot password"): the user chooses a password,
 * checked against the realm's password policy, whose refusal reason is shown next to the field.
 */
public class PasswordSetupRequiredAction implements RequiredActionProvider {

    static final String TEMPLATE = "dk-password-setup.ftl";
    static final String FIELD_NEW = "password-new";
    static final String FIELD_CONFIRM = "password-confirm";
    /** Longest input accepted before the policy is even asked (the policy's own maximum is lower). */
    private static final String JOURNEY_NOTE = "dk.journey.steps";

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        challenge(context, null);
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        String password = input.getFirst(FIELD_NEW);
        String confirm = input.getFirst(FIELD_CONFIRM);
        context.getEvent().event(EventType.UPDATE_PASSWORD);
        UserModel user = context.getUser();
        FormMessage refusal = PasswordChoice.refusal(context.getSession(), context.getRealm(), user, password, confirm,
                FIELD_NEW, FIELD_CONFIRM);
        if (refusal != null) {
            context.getEvent().detail("reason", refusal.getMessage()).error(Errors.PASSWORD_REJECTED);
            challenge(context, refusal);
            return;
        }
        user.credentialManager().updateCredential(UserCredentialModel.password(password, false));
        context.getEvent().success();
        context.success();
    }

    private void challenge(RequiredActionContext context, FormMessage error) {
        var form = context.form()
                .setAttribute("dkPasswordMinLength", context.getRealm().getPasswordPolicy().getPolicyConfig("length"));
        int[] step = journeyStep(context, 1);
        if (step != null) {
            form.setAttribute("dkStep", step[0]).setAttribute("dkSteps", step[1]);
        }
        if (error != null) {
            form.addError(error);
        }
        context.challenge(form.createForm(TEMPLATE));
    }

    /**
     * Where this page stands in the first-login journey ({step, of}), or null when it is not part
     * of one. The journey is "password then authenticator app" when the user has no app yet and
     * has to set one up.
     */
    public static int[] journeyStep(RequiredActionContext context, int position) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (position == 1) {
            UserModel user = context.getUser();
            boolean appPending = user.getRequiredActionsStream().anyMatch(TotpSetupRequiredActionFactory.PROVIDER_ID::equals)
                    || authSession.getRequiredActions().contains(TotpSetupRequiredActionFactory.PROVIDER_ID);
            boolean hasApp = user.credentialManager().getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE)
                    .findAny().isPresent();
            if (appPending && !hasApp) {
                authSession.setAuthNote(JOURNEY_NOTE, "2");
            } else {
                authSession.removeAuthNote(JOURNEY_NOTE);
            }
        }
        String steps = authSession.getAuthNote(JOURNEY_NOTE);
        return steps == null ? null : new int[] {position, Integer.parseInt(steps)};
    }

    @Override
    public void close() {
    }
}
