package be.digitalkeys.loa;

import be.digitalkeys.common.DkStep;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.services.messages.Messages;

/**
 * First step of a flow without a key chooser (bank, insurer): a login that asks, as essential, a
 * level of assurance no step of the flow reaches ends at once with the OpenID Connect error,
 * before the person types anything. A voluntary level ({@code acr_values}) passes: the flow then
 * goes as far as it can and the token says which level it reached.
 */
public class LevelCheckAuthenticator extends DkStep {

    static final LevelCheckAuthenticator SINGLETON = new LevelCheckAuthenticator();

    public LevelCheckAuthenticator() {
        super(false);
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        int requested = Assurance.requested(context);
        int highest = Assurance.highestInFlow(context.getRealm(), context.getTopLevelFlow().getId());
        if (Assurance.forced(context) && requested > highest) {
            refuse(context, requested, highest);
            return;
        }
        context.success();
    }

    /** The event says which level was asked and which one the flow reaches; the client gets the protocol's error. */
    public static void refuse(AuthenticationFlowContext context, int requested, int highest) {
        context.getEvent().detail(Details.REASON, "level_not_reachable")
                .detail("dk_level_requested", String.valueOf(requested))
                .detail("dk_level_highest", String.valueOf(highest))
                .error(Errors.INVALID_REQUEST);
        Response redirect = Assurance.unmet(context);
        if (redirect != null) {
            context.forceChallenge(redirect);
        } else {
            context.failure(AuthenticationFlowError.GENERIC_AUTHENTICATION_ERROR,
                    context.form().setError(Messages.ACR_NOT_FULFILLED).createErrorPage(Response.Status.BAD_REQUEST));
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        authenticate(context);
    }
}
