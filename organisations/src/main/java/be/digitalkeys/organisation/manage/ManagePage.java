package be.digitalkeys.organisation.manage;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resources.admin.AdminAuth;

import be.digitalkeys.common.UserAttributes;
import be.digitalkeys.eid.niss.InvalidNissException;
import be.digitalkeys.eid.niss.Niss;
import be.digitalkeys.organisation.RightsCatalogue;
import be.digitalkeys.organisation.api.OrganisationResourceProviderFactory;
import be.digitalkeys.organisation.kbo.EnterpriseNumber;
import be.digitalkeys.organisation.kbo.InvalidEnterpriseNumberException;
import be.digitalkeys.organisation.service.Caller;
import be.digitalkeys.organisation.service.OrganisationService;
import be.digitalkeys.organisation.service.OrganisationServiceException;
import be.digitalkeys.organisation.service.Views;

/**
 * {@code /realms/{realm}/dk-organisations/manage}: the access managers' page, server-rendered with
 * the login theme ({@value #TEMPLATE}). The person is the one logged in to the realm in this
 * browser (identity cookie); without a session the browser goes to the realm's login for client
 * {@value #CLIENT_ID} and comes back here. Every list and every change goes through
 * {@link OrganisationService}: the page decides nothing, it only hides forms the person's roles
 * (as the service reports them) cannot use, and shows the service's refusals. Forms are POST with a
 * session-bound token ({@link ManageCsrf}).
 */
public final class ManagePage {

    public static final String CLIENT_ID = "dk-organisations-manage";
    public static final String PATH = "manage";
    static final String TEMPLATE = "dk-org-manage.ftl";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String FOUND_NOTE = "dk-org-found.";
    private static final int MAX_FOUND = 20;

    private final KeycloakSession session;
    private final RealmModel realm;

    public ManagePage(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    /** The organisations where the person has a role or a right. */
    public Response home() {
        AuthenticationManager.AuthResult auth = authenticate();
        if (auth == null) {
            return Response.seeOther(loginUri(homeUri())).build();
        }
        Caller caller = caller(auth);
        List<Map<String, Object>> orgs = new ArrayList<>();
        for (Views.Membership m : service().myOrganisations(caller)) {
            Map<String, Object> org = new LinkedHashMap<>();
            org.put("id", m.id());
            org.put("name", m.name());
            org.put("kbo", kbo(m.kbo()));
            org.put("roles", m.roles());
            org.put("url", orgUri(m.id()).toString());
            orgs.add(org);
        }
        return forms(auth).setAttribute("dkOrgManageView", "home").setAttribute("dkOrgManageOrgs", orgs).createForm(TEMPLATE);
    }

    /** One organisation: its people with their rights, and the forms. */
    public Response organisation(String orgId) {
        AuthenticationManager.AuthResult auth = authenticate();
        if (auth == null) {
            return Response.seeOther(loginUri(orgUri(orgId))).build();
        }
        return render(auth, orgId, null, null, null);
    }

    /** A form of the organisation page: checked against the session token, then done by the service. */
    public Response act(String orgId, MultivaluedMap<String, String> form) {
        AuthenticationManager.AuthResult auth = authenticate();
        if (auth == null) {
            return Response.seeOther(loginUri(orgUri(orgId))).build();
        }
        if (!ManageCsrf.valid(session, auth, form.getFirst(ManageCsrf.FIELD))) {
            return refused(auth, 403, "CSRF");
        }
        String action = ManageActions.text(form, "action", 32);
        try {
            ManageActions actions = new ManageActions(service(), caller(auth), orgId);
            String info = actions.run(action, form);
            rememberFound(auth, orgId, actions.found());
            return render(auth, orgId, null, info, form);
        } catch (OrganisationServiceException e) {
            session.getTransactionManager().setRollbackOnly();
            return render(auth, orgId, ManageErrors.of(action, e), null, form);
        }
    }

    private Response render(AuthenticationManager.AuthResult auth, String orgId, FormMessage error, String info,
                            MultivaluedMap<String, String> typed) {
        Caller caller = caller(auth);
        OrganisationService service = service();
        List<Views.PersonRights> people;
        List<Views.ContextView> contexts;
        try {
            people = service.people(caller, orgId);
            contexts = service.contexts(caller, orgId);
        } catch (OrganisationServiceException e) {
            return refused(auth, e instanceof be.digitalkeys.organisation.service.NotFoundInRealmException ? 404 : 403, e.reason());
        }
        try {
            List<Views.PersonRights> all = new ArrayList<>(people);
            service.foundPeople(caller, orgId, found(auth, orgId)).forEach(p -> all.add(new Views.PersonRights(p, List.of(), List.of())));
            people = all;
        } catch (OrganisationServiceException e) {
            // Not allowed to find people: nothing found to offer.
        }
        Optional<Views.Membership> me = service.myOrganisations(caller).stream().filter(m -> m.id().equals(orgId)).findFirst();
        List<String> roles = me.map(Views.Membership::roles).orElse(List.of());
        Map<String, String> contextNames = new LinkedHashMap<>();
        List<Map<String, Object>> contextRows = new ArrayList<>();
        for (Views.ContextView c : contexts) {
            contextNames.put(c.id(), c.name());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.id());
            row.put("kind", c.kind());
            row.put("name", c.name());
            // The root's code is technical ("root"): the page names it "whole organisation" instead (issue 20).
            row.put("code", c.code() == null || be.digitalkeys.organisation.store.OrgContext.ROOT_CODE.equals(c.code()) ? "" : c.code());
            contextRows.add(row);
        }
        List<Map<String, Object>> rights = RightsCatalogue.rights(realm).map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.getId());
            row.put("name", r.getName());
            row.put("client", ((ClientModel) r.getContainer()).getClientId());
            return row;
        }).toList();
        LoginFormsProvider forms = forms(auth)
                .setAttribute("dkOrgManageView", "organisation")
                .setAttribute("dkOrgManageOrg", Map.of("id", orgId, "name", me.map(Views.Membership::name).orElse(""),
                        "kbo", kbo(me.map(Views.Membership::kbo).orElse(null))))
                .setAttribute("dkOrgManageRoles", roles)
                .setAttribute("dkOrgManagePeople", people.stream().map(p -> person(p, contextNames)).toList())
                .setAttribute("dkOrgManageContexts", contextRows)
                .setAttribute("dkOrgManageRights", rights)
                .setAttribute("dkOrgManageCsrf", ManageCsrf.issue(session, auth))
                .setAttribute("dkOrgManageAction", orgUri(orgId).toString())
                .setAttribute("dkOrgManageHome", homeUri().toString())
                .setAttribute("dkOrgManageTyped", typed(typed, error));
        if (error != null) {
            forms.addError(error);
        } else if (info != null) {
            forms.setSuccess(info);
        }
        return forms.createForm(TEMPLATE);
    }

    /**
     * People found by national number in this browser session are offered in the page's lists until
     * they get a right (the service checks the finding is recent): a user-session note, cluster-safe.
     */
    private static void rememberFound(AuthenticationManager.AuthResult auth, String orgId, String userId) {
        if (userId == null || auth.session() == null) {
            return;
        }
        List<String> ids = new ArrayList<>(found(auth, orgId));
        ids.remove(userId);
        ids.add(0, userId);
        auth.session().setNote(FOUND_NOTE + orgId, String.join(" ", ids.subList(0, Math.min(ids.size(), MAX_FOUND))));
    }

    private static List<String> found(AuthenticationManager.AuthResult auth, String orgId) {
        String note = auth.session() == null ? null : auth.session().getNote(FOUND_NOTE + orgId);
        return note == null || note.isBlank() ? List.of() : List.of(note.split(" "));
    }

    /** What the person typed, shown again after an error (never the national number after a success). */
    private static Map<String, String> typed(MultivaluedMap<String, String> form, FormMessage error) {
        Map<String, String> typed = new LinkedHashMap<>();
        if (form != null && error != null) {
            form.forEach((k, v) -> {
                if (!k.equals(ManageCsrf.FIELD) && v != null && !v.isEmpty() && v.get(0) != null && v.get(0).length() <= 255) {
                    typed.put(k, v.get(0));
                }
            });
        }
        return typed;
    }

    private Map<String, Object> person(Views.PersonRights p, Map<String, String> contextNames) {
        Map<String, Object> row = new LinkedHashMap<>();
        Views.Person person = p.person();
        row.put("id", person.userId());
        String name = ((person.firstName() == null ? "" : person.firstName()) + " "
                + (person.lastName() == null ? "" : person.lastName())).strip();
        row.put("name", name);
        row.put("niss", maskedNiss(person.userId()));
        row.put("preregistered", person.preregistered());
        row.put("roles", p.roles().stream().map(r -> Map.of("role", r.role(), "contextId", r.contextId(),
                "context", contextNames.getOrDefault(r.contextId(), ""), "source", r.source())).toList());
        row.put("rights", p.rights().stream().map(r -> {
            Map<String, Object> right = new LinkedHashMap<>();
            right.put("grantId", r.grantId());
            right.put("right", r.right() == null ? "" : r.right());
            right.put("context", r.contextName() == null ? "" : r.contextName());
            right.put("until", r.validUntil() == null ? "" : Instant.parse(r.validUntil()).minusMillis(1).atZone(BRUSSELS).toLocalDate().toString());
            return right;
        }).toList());
        return row;
    }

    /** The person's national number, masked in Java (the page never carries it whole). */
    private String maskedNiss(String userId) {
        UserModel user = session.users().getUserById(realm, userId);
        String digits = user == null ? null : user.getFirstAttribute(UserAttributes.NISS);
        if (digits == null) {
            return "";
        }
        try {
            return Niss.parse(digits).masked();
        } catch (InvalidNissException e) {
            return "";
        }
    }

    private static String kbo(String digits) {
        if (digits == null) {
            return "";
        }
        try {
            return EnterpriseNumber.parse(digits).formatted();
        } catch (InvalidEnterpriseNumberException e) {
            return digits;
        }
    }

    private Response refused(AuthenticationManager.AuthResult auth, int status, String reason) {
        Object page = forms(auth).setAttribute("dkOrgManageView", "refused")
                .setAttribute("dkOrgManageHome", homeUri().toString())
                .setError(ManageErrors.key(reason)).createForm(TEMPLATE).getEntity();
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private LoginFormsProvider forms(AuthenticationManager.AuthResult auth) {
        UserModel user = auth.user();
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return session.getProvider(LoginFormsProvider.class).setUser(user)
                .setAttribute("dkOrgManageMe", name.isEmpty() ? user.getUsername() : name);
    }

    private AuthenticationManager.AuthResult authenticate() {
        return new AppAuthManager().authenticateIdentityCookie(session, realm);
    }

    /**
     * The page's caller: the browser-session user, named in admin events with the page's client.
     * Never a realm administrator here (legal representatives are set through the API by them).
     */
    private Caller caller(AuthenticationManager.AuthResult auth) {
        ClientModel client = Optional.ofNullable(realm.getClientByClientId(CLIENT_ID))
                .orElseGet(() -> realm.getClientByClientId("account-console"));
        return new Caller(auth.user(), new AdminAuth(realm, auth.token(), auth.user(), client), false);
    }

    private OrganisationService service() {
        return new OrganisationService(session);
    }

    private UriBuilder base() {
        return session.getContext().getUri().getBaseUriBuilder().path("realms").path(realm.getName())
                .path(OrganisationResourceProviderFactory.PROVIDER_ID).path(PATH);
    }

    private URI homeUri() {
        return base().build();
    }

    private URI orgUri(String orgId) {
        return base().path(orgId).build();
    }

    private URI loginUri(URI back) {
        return UriBuilder.fromUri(session.getContext().getUri().getBaseUri()).path("realms").path(realm.getName())
                .path("protocol/openid-connect/auth")
                .queryParam("client_id", CLIENT_ID).queryParam("redirect_uri", back.toString())
                .queryParam("response_type", "code").queryParam("scope", "openid").build();
    }
}
