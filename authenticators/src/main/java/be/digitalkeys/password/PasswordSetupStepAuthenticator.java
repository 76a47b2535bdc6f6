package be.digitalkeys.password;

import be.digitalkeys.common.DkStep;
import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * Last step of the "Forgot password" flow: hands over to {@link PasswordSetupRequiredAction}, so a
 * user who never had a password and one who forgot it walk the same guided pages.
 */
public class PasswordSetupStepAuthenticator extends DkStep {

    public PasswordSetupStepAuthenticator() {
        super(true);
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.getAuthenticationSession().addRequiredAction(PasswordSetupRequiredActionFactory.PROVIDER_ID);
        context.success();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        context.success();
    }
}
