package be.digitalkeys.totp;

import java.util.List;

import be.digitalkeys.totp.remember.RememberedDevices;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.utils.FormMessage;

/**
 * Second step of the insurer login: the code of the user's authenticator app, with "remember
 * this device". Wrong, expired and replayed codes are failures of reference category "otp", so
 * Keycloak's brute-force protection counts them.
 */
public class TotpAuthenticator implements Authenticator {

    static final String TEMPLATE = "dk-totp.ftl";
    static final String FIELD_CODE = "otp";
    static final String FIELD_REMEMBER = "rememberDevice";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (new RememberedDevices(context.getSession(), context.getRealm()).isRemembered(context.getUser())) {
            context.getEvent().detail("remembered_device", "true");
            context.success(OTPCredentialModel.TYPE);
            return;
        }
        context.challenge(form(context, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        String bruteForceError = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (!user.isEnabled() || bruteForceError != null) {
            context.getEvent().user(user).error(bruteForceError != null ? bruteForceError : Errors.USER_DISABLED);
            // Same answer as a wrong code: a locked account is not revealed to whoever guesses.
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, form(context, "dkTotpInvalid"));
            return;
        }
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        TotpCodeChecker checker = new TotpCodeChecker(context.getSession(), context.getRealm());
        String typed = input.getFirst(FIELD_CODE);
        if (checker.normalise(typed) == null) {
            context.challenge(form(context, "dkTotpMalformed", checker.digits()));
            return;
        }
        TotpCodeChecker.Outcome outcome = TotpCodeChecker.Outcome.INVALID;
        for (OTPCredentialModel credential : credentials(user)) {
            outcome = checker.check(credential.getId(), credential.getDecodedSecret(), typed);
            if (outcome != TotpCodeChecker.Outcome.INVALID) {
                break;
            }
        }
        if (outcome == TotpCodeChecker.Outcome.ACCEPTED) {
            TotpConfig config = new TotpConfig(context.getAuthenticatorConfig());
            RememberedDevices devices = new RememberedDevices(context.getSession(), context.getRealm());
            if (config.rememberDeviceDays() > 0 && input.containsKey(FIELD_REMEMBER)) {
                devices.remember(user, config.rememberDeviceDays());
            } else {
                devices.purgeExpired(user);
            }
            context.success(OTPCredentialModel.TYPE);
            return;
        }
        context.getEvent().user(user).detail("reason", outcome.name().toLowerCase()).error(Errors.INVALID_USER_CREDENTIALS);
        String message = switch (outcome) {
            case OUT_OF_WINDOW -> "dkTotpOutOfWindow";
            case REPLAYED -> "dkTotpReplayed";
            default -> "dkTotpInvalid";
        };
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, form(context, message));
    }

    private static List<OTPCredentialModel> credentials(UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE)
                .map(OTPCredentialModel::createFromCredentialModel)
                .filter(c -> OTPCredentialModel.TOTP.equals(c.getOTPCredentialData().getSubType()))
                .toList();
    }

    private static Response form(AuthenticationFlowContext context, String error, Object... params) {
        TotpConfig config = new TotpConfig(context.getAuthenticatorConfig());
        var form = context.form()
                .setAttribute("dkRememberDeviceDays", config.rememberDeviceDays())
                .setAttribute("dkTotpDigits", context.getRealm().getOTPPolicy().getDigits())
                // Reached from the digital key chooser: offer "choose another digital key".
                .setAttribute("dkFromChooser", context.getAuthenticationSession()
                        .getAuthNote(be.digitalkeys.chooser.KeyChooserAuthenticator.CHOSEN_KEY_NOTE) != null);
        if (error != null) {
            form.addError(new FormMessage(FIELD_CODE, error, params));
        }
        return form.createForm(TEMPLATE);
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE).findAny().isPresent();
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        if (user.getRequiredActionsStream().noneMatch(TotpSetupRequiredActionFactory.PROVIDER_ID::equals)) {
            user.addRequiredAction(TotpSetupRequiredActionFactory.PROVIDER_ID);
        }
    }

    @Override
    public void close() {
    }
}
