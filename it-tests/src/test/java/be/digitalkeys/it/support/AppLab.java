package be.digitalkeys.it.support;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.digitalkeys.appclient.AppClient;
import be.digitalkeys.appclient.AppDevice;
import be.digitalkeys.it.pages.AppEnrolPage;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionExportRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A realm for the phone-app tests: the public-services export under another name, without its
 * demo users, plus a client whose browser login is Keycloak's plain password form (the "other
 * method" an account holder logs in with before activating the app). The enrolment's SMS goes to
 * the test's gateway stub.
 */
public final class AppLab {

    public static final String REALM = "app-lab";
    public static final String APP_FLOW = "dk key app";
    public static final String PASSWORD_CLIENT = "app-lab-password";
    static final String HIGH_PASSWORD_FLOW = "lab password at high";
    public static final String PASSWORD = "Lab-password-2026!";
    /** A code that follows the seed's rules (no identical neighbours, no run of three, no palindrome). */
    public static final String APP_CODE = "13579";
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\b(\\d{5})\\b");
    private final TestEnvironment env;
    private final RealmResource realm;

    public AppLab(TestEnvironment env) {
        this.env = env;
        if (env.admin().realms().findAll().stream().noneMatch(r -> REALM.equals(r.getRealm()))) {
            env.admin().realms().create(export());
        }
        this.realm = env.realm(REALM);
    }

    private static RealmRepresentation export() {
        RealmRepresentation rep = RealmCopies.withoutUsers("public-services-realm.json", REALM);
        // With Organizations on (public-services has belgianIDpro's organisations), Keycloak's built-in
        // "browser" flow asks for the username alone first; this lab's password client wants the one-page form.
        rep.setOrganizationsEnabled(false);
        rep.setOrganizations(null);
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(PASSWORD_CLIENT);
        client.setPublicClient(true);
        client.setStandardFlowEnabled(true);
        client.setRedirectUris(List.of("http://127.0.0.1:*"));
        client.setAttributes(Map.of("pkce.code.challenge.method", "S256"));
        List<ClientRepresentation> clients = new java.util.ArrayList<>(rep.getClients());
        clients.add(client);
        rep.setClients(clients);
        addHighPasswordFlow(rep);
        return rep;
    }

    /**
     * The lab's password client logs in at the app's level (high): the app tests bind phones after a
     * plain password login, which the binding rule refuses below high (issue 30; the binding tests use
     * the realm's real flow). A test fixture of this lab copy, never of a demo or production realm.
     */
    private static void addHighPasswordFlow(RealmRepresentation rep) {
        List<AuthenticationFlowRepresentation> flows = new java.util.ArrayList<>(rep.getAuthenticationFlows());
        flows.add(flow(HIGH_PASSWORD_FLOW, true, List.of(
                step("auth-cookie", null, "ALTERNATIVE", 10),
                subflow(HIGH_PASSWORD_FLOW + " forms", "ALTERNATIVE", 20))));
        flows.add(flow(HIGH_PASSWORD_FLOW + " forms", false, List.of(subflow(HIGH_PASSWORD_FLOW + " level", "CONDITIONAL", 10))));
        flows.add(flow(HIGH_PASSWORD_FLOW + " level", false, List.of(
                step("conditional-level-of-authentication", "lab-password-high", "REQUIRED", 10),
                step("auth-username-password-form", null, "REQUIRED", 20))));
        rep.setAuthenticationFlows(flows);
        AuthenticatorConfigRepresentation level = new AuthenticatorConfigRepresentation();
        level.setAlias("lab-password-high");
        level.setConfig(Map.of("loa-condition-level", "3", "loa-max-age", "36000"));
        List<AuthenticatorConfigRepresentation> configs = new java.util.ArrayList<>(rep.getAuthenticatorConfig());
        configs.add(level);
        rep.setAuthenticatorConfig(configs);
    }

    private static AuthenticationFlowRepresentation flow(String alias, boolean topLevel, List<AuthenticationExecutionExportRepresentation> steps) {
        AuthenticationFlowRepresentation flow = new AuthenticationFlowRepresentation();
        flow.setAlias(alias);
        flow.setProviderId("basic-flow");
        flow.setTopLevel(topLevel);
        flow.setBuiltIn(false);
        flow.setAuthenticationExecutions(steps);
        return flow;
    }

    private static AuthenticationExecutionExportRepresentation step(String authenticator, String config, String requirement, int priority) {
        AuthenticationExecutionExportRepresentation step = new AuthenticationExecutionExportRepresentation();
        step.setAuthenticator(authenticator);
        step.setAuthenticatorConfig(config);
        step.setRequirement(requirement);
        step.setPriority(priority);
        step.setAuthenticatorFlow(false);
        return step;
    }

    private static AuthenticationExecutionExportRepresentation subflow(String alias, String requirement, int priority) {
        AuthenticationExecutionExportRepresentation step = new AuthenticationExecutionExportRepresentation();
        step.setFlowAlias(alias);
        step.setRequirement(requirement);
        step.setPriority(priority);
        step.setAuthenticatorFlow(true);
        return step;
    }

    /** The password client logs in with the lab's username and password form, at the app's level (see {@link #addHighPasswordFlow}). */
    public void bindPasswordClient() {
        String browserFlow = realm.flows().getFlows().stream().filter(f -> HIGH_PASSWORD_FLOW.equals(f.getAlias())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no flow " + HIGH_PASSWORD_FLOW)).getId();
        ClientRepresentation client = realm.clients().findByClientId(PASSWORD_CLIENT).get(0);
        client.setAuthenticationFlowBindingOverrides(Map.of("browser", browserFlow));
        realm.clients().get(client.getId()).update(client);
    }

    /** Sets the app step's configuration as an admin would. */
    public void configure(Map<String, String> entries) {
        new Flows(env, REALM).configure(APP_FLOW, "dk-app", entries);
    }

    /** The enrolment's SMS goes to this URL through the development log sender's JSON. */
    public void smsTo(String url) {
        RequiredActionProviderRepresentation action = realm.flows().getRequiredAction("dk-app-enrol");
        Map<String, String> config = new HashMap<>();
        config.put("dk.sms.sender", "log");
        config.put("dk.sms.log.url", url);
        action.setConfig(config);
        realm.flows().updateRequiredAction("dk-app-enrol", action);
    }

    /** A user with a password who must activate the app at the next login. */
    public String user(String username, String firstName, String locale, boolean mustEnrol) {
        realm.users().search(username, true).forEach(u -> realm.users().get(u.getId()).remove());
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@app-lab.test");
        user.setEmailVerified(true);
        user.setFirstName(firstName);
        user.setLastName("Lab");
        user.setEnabled(true);
        user.setAttributes(Map.of("locale", List.of(locale)));
        if (mustEnrol) {
            user.setRequiredActions(List.of("dk-app-enrol"));
        }
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType("password");
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (var response = realm.users().create(user)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("user not created: " + response.getStatus());
            }
            String path = response.getLocation().getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    /** The 5-digit code of the last SMS to this number. */
    public static String smsCode(SmsGatewayStub gateway, String e164, int count) {
        String text = gateway.awaitMessage(e164, count).text();
        Matcher m = FIVE_DIGITS.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no 5-digit code in the SMS");
        }
        return m.group(1);
    }

    /** What a phone does after the PC showed the token: token + number, SMS code, app code, device key. */
    public AppDevice enrolPhone(AppEnrolPage page, SmsGatewayStub gateway, String e164, int smsCount) throws Exception {
        AppClient app = client();
        var enrolment = app.startEnrolment(page.token(), e164);
        app.confirmSmsCode(enrolment.enrolment(), smsCode(gateway, e164, smsCount));
        return app.registerDevice(enrolment.enrolment(), "Lab phone", null, APP_CODE);
    }

    public AppClient client() {
        return new AppClient(URI.create(env.baseUrl()), REALM);
    }

    public Map<String, Object> bruteForceStatus(String id) {
        return realm.attackDetection().bruteForceUserStatus(id);
    }

    public RealmResource realm() {
        return realm;
    }
}
