package be.digitalkeys.activation;

import java.net.URI;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.representations.JsonWebToken;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.validation.Validation;

/**
 * The officer's desk: a form (identity checked, name, e-mail, language) that issues an
 * activation and shows the paper code to print. Officers log in to the realm like anyone else
 * (client {@code dk-registration-office}) and need the realm role {@code dk-registration-officer}.
 * Forms carry a signed, session-bound token against cross-site requests.
 */
@Provider
public class RegistrationOfficeResource {

    private static final Logger LOG = Logger.getLogger(RegistrationOfficeResource.class);
    static final String CLIENT_ID = "dk-registration-office";
    static final String DESK = "desk";
    static final String FORM_TEMPLATE = "dk-registration-office.ftl";
    static final String ISSUED_TEMPLATE = "dk-registration-office-issued.ftl";
    static final Set<String> LOCALES = Set.of("fr", "nl", "de", "en");
    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    private static final String CSRF_TYPE = "dk-office-form";

    private final KeycloakSession session;
    private final RealmModel realm;

    public RegistrationOfficeResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    // Under a named path: RESTEasy Reactive answers 405 for root methods of a realm resource
    // (keycloak/keycloak#26088), with or without an empty @Path.
    @GET
    @Path(DESK)
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        AuthenticationManager.AuthResult auth = new AppAuthManager().authenticateIdentityCookie(session, realm);
        if (auth == null) {
            return Response.seeOther(loginUri()).build();
        }
        if (!isOfficer(auth.getUser())) {
            return forbidden(auth.getUser());
        }
        return form(auth, null, null);
    }

    @POST
    @Path(DESK)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response issue(MultivaluedMap<String, String> input) {
        AuthenticationManager.AuthResult auth = new AppAuthManager().authenticateIdentityCookie(session, realm);
        if (auth == null) {
            return Response.seeOther(loginUri()).build();
        }
        if (!isOfficer(auth.getUser()) || !validCsrf(auth, input.getFirst("csrf"))) {
            return forbidden(auth.getUser());
        }
        String firstName = trimmed(input.getFirst("firstName"));
        String lastName = trimmed(input.getFirst("lastName"));
        String email = trimmed(input.getFirst("email")).toLowerCase(java.util.Locale.ROOT);
        String locale = trimmed(input.getFirst("locale"));
        if (!"on".equals(input.getFirst("identityChecked"))) {
            return form(auth, input, new FormMessage("identityChecked", "dkOfficeIdentityRequired"));
        }
        if (firstName.isEmpty() || firstName.length() > MAX_NAME) {
            return form(auth, input, new FormMessage("firstName", "dkOfficeNameInvalid", MAX_NAME));
        }
        if (lastName.isEmpty() || lastName.length() > MAX_NAME) {
            return form(auth, input, new FormMessage("lastName", "dkOfficeNameInvalid", MAX_NAME));
        }
        if (email.length() > MAX_EMAIL || !Validation.isEmailValid(email)) {
            return form(auth, input, new FormMessage("email", "dkOfficeEmailInvalid"));
        }
        if (!LOCALES.contains(locale)) {
            locale = "fr";
        }
        try {
            RegistrationOffice.Issued issued = RegistrationOffice.issue(session, realm, auth.getUser(), firstName, lastName, email, locale);
            return forms(auth.getUser())
                    .setAttribute("dkPaperCode", issued.code().printed())
                    .setAttribute("dkPersonName", firstName + " " + lastName)
                    .setAttribute("dkPersonEmail", email)
                    .setAttribute("dkKeysDeactivated", issued.keysDeactivated())
                    .setAttribute("dkValidityDays", RegistrationOffice.validityDays(realm))
                    .setAttribute("dkOfficeUrl", officeUri().toString())
                    .createForm(ISSUED_TEMPLATE);
        } catch (EmailException e) {
            LOG.warnf("Activation e-mail not sent: %s", e.getClass().getSimpleName());
            session.getTransactionManager().setRollbackOnly();
            return form(auth, input, new FormMessage(null, "dkOfficeEmailFailed"));
        }
    }

    private Response form(AuthenticationManager.AuthResult auth, MultivaluedMap<String, String> input, FormMessage error) {
        LoginFormsProvider forms = forms(auth.getUser())
                .setAttribute("dkCsrf", csrfToken(auth))
                .setAttribute("dkOfficeUrl", officeUri().toString())
                .setAttribute("dkLocales", LOCALES.stream().sorted().toList())
                .setAttribute("dkFirstName", input == null ? "" : trimmed(input.getFirst("firstName")))
                .setAttribute("dkLastName", input == null ? "" : trimmed(input.getFirst("lastName")))
                .setAttribute("dkEmail", input == null ? "" : trimmed(input.getFirst("email")))
                .setAttribute("dkLocale", input == null ? "fr" : trimmed(input.getFirst("locale")));
        if (error != null) {
            forms.addError(error);
        }
        return forms.createForm(FORM_TEMPLATE);
    }

    private LoginFormsProvider forms(UserModel officer) {
        return session.getProvider(LoginFormsProvider.class).setUser(officer).setAttribute("dkOfficer", officer.getUsername());
    }

    private Response forbidden(UserModel user) {
        return Response.status(Response.Status.FORBIDDEN).entity(forms(user).setError("dkOfficeForbidden")
                .createForm(FORM_TEMPLATE).getEntity()).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private boolean isOfficer(UserModel user) {
        RoleModel role = realm.getRole(RegistrationOffice.OFFICER_ROLE);
        return role != null && user.hasRole(role);
    }

    private String csrfToken(AuthenticationManager.AuthResult auth) {
        JsonWebToken token = new JsonWebToken().type(CSRF_TYPE).subject(auth.getUser().getId()).exp((long) Time.currentTime() + 1800);
        token.setOtherClaims("sid", auth.getSession().getId());
        return session.tokens().encode(token);
    }

    private boolean validCsrf(AuthenticationManager.AuthResult auth, String value) {
        if (value == null || value.length() > 4096) {
            return false;
        }
        JsonWebToken token = session.tokens().decode(value, JsonWebToken.class);
        return token != null && CSRF_TYPE.equals(token.getType()) && token.isActive()
                && auth.getUser().getId().equals(token.getSubject())
                && auth.getSession().getId().equals(token.getOtherClaims().get("sid"));
    }

    private URI officeUri() {
        return session.getContext().getUri().getBaseUriBuilder().path("realms").path(realm.getName())
                .path(RegistrationOfficeResourceProviderFactory.PROVIDER_ID).path(DESK).build();
    }

    private URI loginUri() {
        return UriBuilder.fromUri(session.getContext().getUri().getBaseUri()).path("realms").path(realm.getName())
                .path("protocol/openid-connect/auth")
                .queryParam("client_id", CLIENT_ID).queryParam("redirect_uri", officeUri().toString())
                .queryParam("response_type", "code").queryParam("scope", "openid").build();
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
