package be.digitalkeys.chooser;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Keycloak's username + password step (same checks, same brute-force counting, same answer for
 * an unknown user) shown on our page: it names the chosen digital key and offers "choose another
 * digital key", like the seed's security-code login.
 */
public class KeyUsernamePasswordForm extends UsernamePasswordForm {

    static final String TEMPLATE = "dk-username-password.ftl";

    /** The request being served (one instance per Keycloak session). */
    private AuthenticationFlowContext current;

    public KeyUsernamePasswordForm(KeycloakSession session) {
        super(session);
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        remember(context);
        super.authenticate(context);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        remember(context);
        super.action(context);
    }

    private void remember(AuthenticationFlowContext context) {
        current = context;
    }

    /** The first display: Keycloak's form builds login.ftl directly, so ours goes through createLoginForm. */
    @Override
    protected Response challenge(AuthenticationFlowContext context, MultivaluedMap<String, String> formData) {
        LoginFormsProvider forms = context.form();
        if (!formData.isEmpty()) {
            forms.setFormData(formData);
        }
        return createLoginForm(forms);
    }

    /** Our page, with the chosen key and the username typed before (after a refusal). */
    @Override
    protected Response createLoginForm(LoginFormsProvider form) {
        String key = current == null ? null : current.getAuthenticationSession().getAuthNote(KeyChooserAuthenticator.CHOSEN_KEY_NOTE);
        String attempted = current == null ? null : current.getAuthenticationSession().getAuthNote(ATTEMPTED_USERNAME);
        return form.setAttribute("dkChosenKey", key == null ? "" : key)
                .setAttribute("dkUsername", attempted == null ? "" : attempted)
                .createForm(TEMPLATE);
    }
}
