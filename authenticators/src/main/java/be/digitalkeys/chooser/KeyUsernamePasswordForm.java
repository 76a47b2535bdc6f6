package be.digitalkeys.chooser;

import be.digitalkeys.common.SingleLineText;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * Keycloak's username + password step (same checks, same brute-force counting, same answer for
 * an unknown user) shown on our page: it names the chosen digital key and offers "choose another
 * digital key", like the seed's security-code login.
 */
public class KeyUsernamePasswordForm extends UsernamePasswordForm {

    static final String TEMPLATE = "dk-username-password.ftl";
    static final String USER_SOURCE_UNAVAILABLE = "dkUserSourceUnavailable";
    static final String USERNAME_UNCLEAN = "dkUsernameUnclean";
    private static final Logger LOG = Logger.getLogger(KeyUsernamePasswordForm.class);

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
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        if (!input.containsKey("cancel") && !SingleLineText.isClean(input.getFirst(AuthenticationManager.FORM_USERNAME))) {
            // Control or direction characters are never part of a username: refused before any
            // look-up (nothing counted against anyone) and never shown back in the field.
            context.getAuthenticationSession().removeAuthNote(ATTEMPTED_USERNAME);
            context.getEvent().detail(Details.REASON, "username_not_single_line_text").error(Errors.USER_NOT_FOUND);
            context.challenge(createLoginForm(context.form().addError(new FormMessage(AuthenticationManager.FORM_USERNAME, USERNAME_UNCLEAN))));
            return;
        }
        try {
            super.action(context);
        } catch (ModelException e) {
            // A user source (our registry, an LDAP directory) could not answer: say so instead of
            // "wrong password", and count nothing against the person.
            LOG.warnf("User look-up failed during login: %s", e.getMessage());
            context.getEvent().detail(Details.REASON, "user_source_unavailable").error(Errors.USER_NOT_FOUND);
            context.challenge(createLoginForm(context.form().setError(USER_SOURCE_UNAVAILABLE)));
        }
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
