package be.digitalkeys.organisation.login;

import be.digitalkeys.common.DkStep;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.util.TokenUtil;

import be.digitalkeys.profile.Profile;
import be.digitalkeys.profile.ProfileChoiceAuthenticator;

/**
 * After the user is identified: the (organisation, context) they act in for the client being
 * logged into (titres-services: "the context in which this right was granted"). None: the login
 * goes on without a context, or is refused when the step requires a right. One: chosen without a
 * page. Several: the page {@value #TEMPLATE}, unless a remembered choice for this client is still
 * valid. Re-authentication ({@code prompt=login}, or {@code max_age} past, which Keycloak's cookie
 * step marks with the auth note {@link AuthenticationManager#FORCED_REAUTHENTICATION}) shows the
 * page again with the remembered context preselected, so the user can switch. Only offered
 * contexts are accepted. The choice goes into a user-session note per client (read by
 * {@link OrganisationContextMapper}) and a user attribute per client (the next login).
 *
 * <p>It also links a pre-registered person at their first login ({@link PreRegistration}).
 * Nothing here is a secret: wrong answers count nothing for brute force, and raise an event.
 */
public class ContextChoiceAuthenticator extends DkStep {

    static final String TEMPLATE = "dk-org-context.ftl";
    static final String FIELD = "context";
    static final String EVENT_DETAIL = "dk_org_context";
    static final String EVENT_DETAIL_ORGANISATION = "dk_org";
    static final String EVENT_DETAIL_LINKED = "dk_org_linked";
    static final String ERROR_UNKNOWN = "dk_org_context_unknown";
    static final String ERROR_NO_RIGHT = "dk_org_no_right";

    public ContextChoiceAuthenticator() {
        super(true);
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (PreRegistration.linkIfPreRegistered(context.getSession(), context.getRealm(), user)) {
            context.getEvent().detail(EVENT_DETAIL_LINKED, "true");
        }
        ClientModel client = context.getAuthenticationSession().getClient();
        List<ContextChoice> choices = ofChosenProfile(context.getAuthenticationSession().getUserSessionNotes(),
                ContextChoices.of(context.getSession(), context.getRealm(), client, user).offered());
        if (choices.isEmpty()) {
            RememberedContexts.forget(user, client);
            // Blank: no context at this login (replaces a note an earlier login left in the SSO session).
            context.getAuthenticationSession().setUserSessionNote(RememberedContexts.note(client), "");
            if (new ContextChoiceConfig(context.getAuthenticatorConfig()).requireRight()) {
                context.getEvent().detail(EVENT_DETAIL, "none").error(ERROR_NO_RIGHT);
                Response page = context.form().setError("dkOrgContextNoAccess").createErrorPage(Response.Status.FORBIDDEN);
                context.failure(AuthenticationFlowError.ACCESS_DENIED, page);
                return;
            }
            context.getEvent().detail(EVENT_DETAIL, "none");
            context.success();
            return;
        }
        Optional<ContextChoice> remembered = RememberedContexts.remembered(user, client)
                .flatMap(id -> choices.stream().filter(c -> c.contextId().equals(id)).findFirst());
        if (remembered.isEmpty()) {
            RememberedContexts.forget(user, client);
        }
        if (choices.size() == 1) {
            choose(context, choices.get(0));
        } else if (remembered.isPresent() && !reauthentication(context.getAuthenticationSession())) {
            choose(context, remembered.get());
        } else {
            context.challenge(page(context, choices, remembered.map(ContextChoice::contextId).orElse(null), null));
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        String chosen = context.getHttpRequest().getDecodedFormParameters().getFirst(FIELD);
        ClientModel client = context.getAuthenticationSession().getClient();
        List<ContextChoice> choices = ofChosenProfile(context.getAuthenticationSession().getUserSessionNotes(),
                ContextChoices.of(context.getSession(), context.getRealm(), client, context.getUser()).offered());
        Optional<ContextChoice> choice = choices.stream().filter(c -> c.contextId().equals(chosen)).findFirst();
        if (choice.isEmpty()) {
            // A forged or stale value (a right revoked while the page was open): nothing is chosen.
            context.getEvent().clone().detail(EVENT_DETAIL, "unknown").error(ERROR_UNKNOWN);
            if (choices.isEmpty()) {
                authenticate(context);
                return;
            }
            String preselected = RememberedContexts.remembered(context.getUser(), client).orElse(null);
            context.challenge(page(context, choices, preselected, "dkOrgContextErrorUnknown"));
            return;
        }
        choose(context, choice.get());
    }

    /**
     * When the profile step ({@code dk-profile-choice}) ran before this one, the context follows the
     * profile: acting as an organisation offers only that organisation's contexts (matched on the
     * enterprise number, the profile's subject); acting as oneself or a child offers none, so the
     * tokens carry no organisation rights. Without a profile step, every context is offered.
     */
    static List<ContextChoice> ofChosenProfile(Map<String, String> notes, List<ContextChoice> choices) {
        String kind = notes == null ? null : notes.get(ProfileChoiceAuthenticator.SESSION_KIND);
        if (kind == null) {
            return choices;
        }
        if (!Profile.ORGANISATION.equals(kind)) {
            return List.of();
        }
        String kbo = notes.get(ProfileChoiceAuthenticator.SESSION_SUBJECT);
        return choices.stream().filter(c -> c.kbo().replace(".", "").equals(kbo)).toList();
    }

    /** {@code prompt=login}, or Keycloak's cookie step found the SSO session but had to ask again ({@code max_age}). */
    static boolean reauthentication(AuthenticationSessionModel authSession) {
        return "true".equals(authSession.getAuthNote(AuthenticationManager.FORCED_REAUTHENTICATION))
                || TokenUtil.hasPrompt(authSession.getClientNote(OIDCLoginProtocol.PROMPT_PARAM), OIDCLoginProtocol.PROMPT_VALUE_LOGIN);
    }

    private static void choose(AuthenticationFlowContext context, ContextChoice choice) {
        ClientModel client = context.getAuthenticationSession().getClient();
        context.getAuthenticationSession().setUserSessionNote(RememberedContexts.note(client), choice.contextId());
        RememberedContexts.remember(context.getUser(), client, choice.contextId());
        context.getEvent().detail(EVENT_DETAIL, choice.contextId()).detail(EVENT_DETAIL_ORGANISATION, choice.organizationId());
        context.success();
    }

    private static Response page(AuthenticationFlowContext context, List<ContextChoice> choices, String preselected, String error) {
        LoginFormsProvider form = context.form()
                .setAttribute("dkOrgContexts", choices.stream().map(ContextChoice::view).toList())
                .setAttribute("dkOrgContextSelected", preselected == null ? choices.get(0).contextId() : preselected);
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }
}
