package be.digitalkeys.app;

import java.util.List;
import java.util.Optional;

import be.digitalkeys.app.credential.AppDeviceCredentialModel;
import be.digitalkeys.app.credential.AppDeviceCredentialProvider;
import be.digitalkeys.app.push.PushDeliveryException;
import be.digitalkeys.app.push.PushMessage;
import be.digitalkeys.app.push.PushSender;
import be.digitalkeys.sms.InvalidPhoneNumberException;
import be.digitalkeys.sms.PhoneNumbers;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.common.util.Time;
import org.keycloak.events.Errors;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Login with the phone app (itsme-like): the user gives their phone number (or is already
 * known), a push wakes the app, the browser waits — showing an icon to remember when configured —
 * and continues when the app approved with the right icon and the app code. A wrong icon ends the
 * request and counts as a failed login; a refusal in the app ("this was not me") ends it without
 * counting against the account; caps per requesting browser or address and per user limit push
 * bombing.
 */
public class AppAuthenticator implements Authenticator {

    static final String NOTE_REQUEST = "dk.app.request";
    static final String NOTE_WATCH = "dk.app.watch";
    static final String NOTE_PHONE = "dk.app.phone";
    /** User-session note: the login was confirmed in the phone app. */
    public static final String SESSION_APP = "dk.app";
    private static final Logger LOG = Logger.getLogger(AppAuthenticator.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (user != null && !AppDeviceCredentialProvider.devices(user).isEmpty()) {
            start(context, user, null);
            return;
        }
        context.challenge(AppPages.phone(context, null, null, null, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String action = form.getFirst(AppPages.FIELD_ACTION);
        if ("continue".equals(action)) {
            proceed(context);
            return;
        }
        if ("cancel".equals(action)) {
            clear(context.getAuthenticationSession());
            context.challenge(AppPages.phone(context, null, null, null, null));
            return;
        }
        String region = PhoneNumbers.region(form.getFirst(AppPages.FIELD_COUNTRY));
        String typed = form.getFirst(AppPages.FIELD_PHONE);
        String kept = PhoneNumbers.shownBack(typed);
        String phone;
        try {
            phone = PhoneNumbers.toE164(typed, region);
        } catch (InvalidPhoneNumberException e) {
            context.getEvent().error("dk_app_invalid_phone");
            context.challenge(AppPages.phone(context, region, kept, "dkAppPhoneInvalid", null));
            return;
        }
        Optional<UserModel> holder = holderOf(context.getSession(), context.getRealm(), phone);
        UserModel known = context.getUser();
        if (holder.isEmpty() || known != null && !known.getId().equals(holder.get().getId())) {
            context.getEvent().detail("dk_app_phone", PhoneNumbers.mask(phone)).error(Errors.USER_NOT_FOUND);
            context.challenge(AppPages.phone(context, region, kept, "dkAppPhoneUnknown", null));
            return;
        }
        context.setUser(holder.get());
        start(context, holder.get(), phone);
    }

    /** The account whose device is registered for this number (the attribute narrows, the devices decide). */
    static Optional<UserModel> holderOf(KeycloakSession session, RealmModel realm, String phone) {
        try {
            return session.users().searchForUserByUserAttributeStream(realm, AppDeviceCredentialProvider.PHONE_ATTRIBUTE, phone)
                    .filter(u -> AppDeviceCredentialProvider.devices(u).stream().anyMatch(d -> phone.equals(d.data().phone())))
                    .findFirst();
        } catch (ModelDuplicateException e) {
            return Optional.empty();
        }
    }

    private void start(AuthenticationFlowContext context, UserModel user, String phone) {
        AppConfig config = new AppConfig(context.getAuthenticatorConfig());
        RealmModel realm = context.getRealm();
        String bruteForceError = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (!user.isEnabled() || bruteForceError != null) {
            context.getEvent().user(user).error(bruteForceError != null ? bruteForceError : Errors.USER_DISABLED);
            context.challenge(AppPages.phone(context, null, null, null,
                    user.isEnabled() ? Messages.ACCOUNT_TEMPORARILY_DISABLED : Messages.ACCOUNT_DISABLED));
            return;
        }
        List<AppDeviceCredentialModel> devices = AppDeviceCredentialProvider.devices(user).stream()
                .filter(d -> phone == null || phone.equals(d.data().phone())).toList();
        if (devices.isEmpty()) {
            context.getEvent().user(user).error("dk_app_no_device");
            context.challenge(AppPages.phone(context, null, null, null, "dkAppNoDevice"));
            return;
        }
        AppRequests requests = new AppRequests(context.getSession().singleUseObjects());
        AppBrowsers browsers = new AppBrowsers(context.getSession(), realm);
        Optional<String> knownBrowser = browsers.knownBrowser(user);
        if (!requests.takeQuota(realm, user, config, knownBrowser, context.getConnection().getRemoteAddr())) {
            context.getEvent().user(user).error("dk_app_too_many_requests");
            context.challenge(AppPages.phone(context, null, null, null, "dkAppTooManyRequests"));
            return;
        }
        boolean showIcon = switch (config.iconMode()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case NEW_BROWSER -> knownBrowser.isEmpty();
        };
        AppRequest request = requests.create(realm, user, config, service(context, config), showIcon);
        if (!push(context, config, user, devices, request)) {
            requests.finish(request, AppRequest.State.CANCELLED, "");
            context.getEvent().user(user).error("dk_app_push_failed");
            context.challenge(AppPages.phone(context, null, null, null, "dkAppPushFailed"));
            return;
        }
        String watch = new AppWatches(context.getSession().singleUseObjects()).watchRequest(request, config.lifetimeSeconds());
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setAuthNote(NOTE_REQUEST, request.id());
        authSession.setAuthNote(NOTE_WATCH, watch);
        String shownPhone = phone != null ? phone : devices.size() == 1 ? devices.get(0).data().phone() : null;
        if (shownPhone != null) {
            authSession.setAuthNote(NOTE_PHONE, shownPhone);
        } else {
            authSession.removeAuthNote(NOTE_PHONE);
        }
        context.challenge(AppPages.waiting(context, config, request, watch, shownPhone, null));
    }

    /** True when at least one of the user's devices (for that number) was reached. */
    private static boolean push(AuthenticationFlowContext context, AppConfig config, UserModel user,
            List<AppDeviceCredentialModel> devices, AppRequest request) {
        PushSender sender = context.getSession().getProvider(PushSender.class, config.push().sender());
        if (sender == null) {
            LOG.warnf("No push sender '%s' in realm %s", config.push().sender(), context.getRealm().getName());
            return false;
        }
        boolean reached = false;
        for (AppDeviceCredentialModel device : devices) {
            try {
                sender.send(new PushMessage(context.getRealm().getName(), AppDevices.idOf(user, device.getId()),
                        device.data().pushToken(), request.id(), AppResource.secondsLeft(request.expiresAt())), config.push());
                reached = true;
            } catch (PushDeliveryException e) {
                LOG.debugf("Push to a device of user %s failed: %s", user.getId(), e.getMessage());
            }
        }
        return reached;
    }

    /** The name the app shows as asking: configured, else the client's plain name, else the realm's. */
    private static String service(AuthenticationFlowContext context, AppConfig config) {
        if (!config.serviceName().isEmpty()) {
            return config.serviceName();
        }
        ClientModel client = context.getAuthenticationSession().getClient();
        String name = client == null ? null : client.getName();
        if (name != null && !name.isBlank() && !name.contains("${")) {
            return name;
        }
        RealmModel realm = context.getRealm();
        return realm.getDisplayName() != null && !realm.getDisplayName().isBlank() ? realm.getDisplayName() : realm.getName();
    }

    private void proceed(AuthenticationFlowContext context) {
        AppConfig config = new AppConfig(context.getAuthenticatorConfig());
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        UserModel user = context.getUser();
        Optional<AppRequest> found = new AppRequests(context.getSession().singleUseObjects()).get(authSession.getAuthNote(NOTE_REQUEST))
                .filter(r -> user != null && r.userId().equals(user.getId()));
        if (found.isEmpty()) {
            clear(authSession);
            context.challenge(AppPages.phone(context, null, null, null, "dkAppExpired"));
            return;
        }
        AppRequest request = found.get();
        AppRequest.State state = request.stateAt(Time.currentTimeMillis());
        switch (state) {
            case PENDING -> context.challenge(AppPages.waiting(context, config, request, authSession.getAuthNote(NOTE_WATCH),
                    authSession.getAuthNote(NOTE_PHONE), "dkAppStillPending"));
            case APPROVED -> approved(context, config, user, request);
            case DENIED -> denied(context);
            case WRONG_ICON -> refused(context, "dk_app_wrong_icon", "dkAppWrongIcon");
            case EXPIRED -> ended(context, "dk_app_expired", "dkAppExpired");
            case CANCELLED -> ended(context, "dk_app_cancelled", "dkAppCancelled");
        }
    }

    private void approved(AuthenticationFlowContext context, AppConfig config, UserModel user, AppRequest request) {
        boolean byOwnDevice = AppDevices.locate(context.getSession(), context.getRealm(), request.answeredBy())
                .filter(d -> d.user().getId().equals(user.getId())).isPresent();
        if (!byOwnDevice) {
            ended(context, "dk_app_device_removed", "dkAppExpired");
            return;
        }
        clear(context.getAuthenticationSession());
        new AppBrowsers(context.getSession(), context.getRealm()).remember(user, config.knownBrowserDays());
        context.getAuthenticationSession().setUserSessionNote(SESSION_APP, "true");
        context.getEvent().detail("dk_app_icon", request.showsIcon() ? "shown" : "none");
        context.success(OTPCredentialModel.TYPE);
    }

    /**
     * "This was not me": the account holder refused a request someone else started. Whoever knows a
     * phone number can start requests, so a refusal is not a wrong answer of the person logging in
     * and is not counted against the account (else strangers could lock it through its owner); the
     * event is recorded for the operator.
     */
    private void denied(AuthenticationFlowContext context) {
        clear(context.getAuthenticationSession());
        context.getEvent().user(context.getUser()).error("dk_app_denied");
        context.challenge(AppPages.phone(context, null, null, null, "dkAppDenied"));
    }

    /** A wrong icon: a failed login of the request's user (brute-force detection counts it). */
    private void refused(AuthenticationFlowContext context, String error, String message) {
        clear(context.getAuthenticationSession());
        context.getEvent().user(context.getUser()).error(error);
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, AppPages.phone(context, null, null, null, message));
    }

    /** Expired or replaced: not the user's mistake, nothing counted. */
    private void ended(AuthenticationFlowContext context, String error, String message) {
        clear(context.getAuthenticationSession());
        context.getEvent().user(context.getUser()).error(error);
        context.challenge(AppPages.phone(context, null, null, null, message));
    }

    private static void clear(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(NOTE_REQUEST);
        authSession.removeAuthNote(NOTE_WATCH);
        authSession.removeAuthNote(NOTE_PHONE);
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return !AppDeviceCredentialProvider.devices(user).isEmpty();
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
