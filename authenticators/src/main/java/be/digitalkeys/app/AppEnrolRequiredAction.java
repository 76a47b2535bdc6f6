package be.digitalkeys.app;

import be.digitalkeys.loa.Binding;

import be.digitalkeys.app.credential.AppDeviceCredentialModel;
import be.digitalkeys.common.UserAttributes;
import be.digitalkeys.sms.InvalidPhoneNumberException;
import be.digitalkeys.sms.PhoneNumbers;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Activating the phone app, on the PC (seed: "activer itsme"): the account holder, logged in by
 * another method, gives the phone number to bind and sees a 6-character activation token valid
 * 5 minutes; the app then sends the token and number, confirms the SMS code, chooses its app code
 * and registers its device key through the app API, while this page follows the enrolment live.
 */
public class AppEnrolRequiredAction implements RequiredActionProvider {

    static final String TEMPLATE = "dk-app-enrol.ftl";
    /** Why a login below the app's level must step up first. */
    static final String STEP_UP_MESSAGE = "dkStepUpApp";
    static final String NOTE_TOKEN = "dk.app.enrol.token";
    static final String NOTE_PHONE = "dk.app.enrol.phone";
    static final String NOTE_WATCH = "dk.app.enrol.watch";
    static final String NOTE_EXPIRES = "dk.app.enrol.expires";
    /** The waiting page follows the enrolment the same way as a login (server-sent events, polling fallback). */
    private static final AppConfig WATCH_SETTINGS = new AppConfig(null);

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (Binding.guard(context, AppAuthenticatorFactory.PROVIDER_ID, STEP_UP_MESSAGE)) {
            context.challenge(phoneStep(context, null, null, null));
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (!Binding.guard(context, AppAuthenticatorFactory.PROVIDER_ID, STEP_UP_MESSAGE)) {
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String action = form.getFirst(AppPages.FIELD_ACTION);
        if ("continue".equals(action) && authSession.getAuthNote(NOTE_WATCH) != null) {
            String state = new AppWatches(context.getSession().singleUseObjects()).state(authSession.getAuthNote(NOTE_WATCH))
                    .orElse(AppRequest.State.EXPIRED.id());
            if (AppWatches.DONE.equals(state)) {
                new AppWatches(context.getSession().singleUseObjects()).credentialOf(authSession.getAuthNote(NOTE_WATCH))
                        .ifPresent(credential -> Binding.adminEvent(context, credential, AppDeviceCredentialModel.TYPE));
                clear(authSession);
                var event = context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL).detail("credential_type", AppDeviceCredentialModel.TYPE);
                Binding.record(event, context);
                event.success();
                context.success();
            } else if (AppWatches.PENDING.equals(state)) {
                context.challenge(tokenStep(context, "dkAppStillPending"));
            } else {
                clear(authSession);
                context.challenge(phoneStep(context, null, null, "dkAppEnrolExpired"));
            }
            return;
        }
        if ("restart".equals(action)) {
            clear(authSession);
            context.challenge(phoneStep(context, null, null, null));
            return;
        }
        String region = PhoneNumbers.region(form.getFirst(AppPages.FIELD_COUNTRY));
        String typed = form.getFirst(AppPages.FIELD_PHONE);
        String phone;
        try {
            phone = PhoneNumbers.toE164(typed, region);
        } catch (InvalidPhoneNumberException e) {
            String kept = PhoneNumbers.shownBack(typed);
            context.challenge(phoneForm(context, region, kept, null).addError(new FormMessage(AppPages.FIELD_PHONE, "dkAppPhoneInvalid"))
                    .createForm(TEMPLATE));
            return;
        }
        AppEnrolments enrolments = new AppEnrolments(context.getSession().singleUseObjects());
        if (!enrolments.takeActivationQuota(context.getRealm(), context.getUser())) {
            context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL_ERROR).error("dk_app_too_many_activations");
            context.challenge(phoneStep(context, region, PhoneNumbers.international(phone), "dkAppEnrolTooMany"));
            return;
        }
        AppEnrolments.Activation activation = enrolments.activate(context.getRealm(), context.getUser(), phone, Binding.describe(context));
        authSession.setAuthNote(NOTE_TOKEN, activation.token());
        authSession.setAuthNote(NOTE_PHONE, phone);
        authSession.setAuthNote(NOTE_WATCH, activation.watch());
        authSession.setAuthNote(NOTE_EXPIRES, Long.toString(activation.expiresAt()));
        context.challenge(tokenStep(context, null));
    }

    private static jakarta.ws.rs.core.Response phoneStep(RequiredActionContext context, String region, String typed, String error) {
        return phoneForm(context, region, typed, error).createForm(TEMPLATE);
    }

    private static LoginFormsProvider phoneForm(RequiredActionContext context, String region, String typed, String error) {
        String known = context.getUser().getFirstAttribute(UserAttributes.PHONE);
        LoginFormsProvider form = AppPages.phoneFields(context.form(), context.getSession(), region,
                typed != null ? typed : known == null ? "" : PhoneNumbers.international(known))
                .setAttribute("dkAppStep", "phone");
        if (error != null) {
            form.setError(error);
        }
        return form;
    }

    private static jakarta.ws.rs.core.Response tokenStep(RequiredActionContext context, String info) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        long expiresAt;
        try {
            expiresAt = Long.parseLong(authSession.getAuthNote(NOTE_EXPIRES));
        } catch (NumberFormatException e) {
            expiresAt = Time.currentTimeMillis();
        }
        LoginFormsProvider form = AppPages.watchAttributes(context.form(), context.getSession(), context.getRealm(), WATCH_SETTINGS,
                        authSession.getAuthNote(NOTE_WATCH))
                .setAttribute("dkAppStep", "token")
                .setAttribute("dkAppActivationToken", authSession.getAuthNote(NOTE_TOKEN))
                .setAttribute("dkAppEnrolPhone", PhoneNumbers.international(authSession.getAuthNote(NOTE_PHONE)))
                .setAttribute("dkAppExpiresIn", AppResource.secondsLeft(expiresAt));
        if (info != null) {
            form.setInfo(info);
        }
        return form.createForm(TEMPLATE);
    }

    private static void clear(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(NOTE_TOKEN);
        authSession.removeAuthNote(NOTE_PHONE);
        authSession.removeAuthNote(NOTE_WATCH);
        authSession.removeAuthNote(NOTE_EXPIRES);
    }

    @Override
    public void close() {
    }
}
