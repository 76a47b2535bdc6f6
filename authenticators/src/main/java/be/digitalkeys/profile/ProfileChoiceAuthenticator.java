package be.digitalkeys.profile;

import be.digitalkeys.common.DkStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import be.digitalkeys.common.UserAttributes;
import be.digitalkeys.eid.niss.InvalidNissException;
import be.digitalkeys.eid.niss.Niss;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * After the login, the person picks whom they act for: themselves, a child, an organisation
 * (MaSanté "se connecter en tant que"). The choice goes into the user session and, through the
 * {@code dk-profile} mapper, into the tokens. Only profiles offered on the page are accepted.
 */
public class ProfileChoiceAuthenticator extends DkStep {

    public static final String SESSION_KIND = "dk.profile.kind";
    public static final String SESSION_SUBJECT = "dk.profile.subject";
    public static final String SESSION_NAME = "dk.profile.name";
    static final String TEMPLATE = "dk-eid-profile.ftl";
    static final String FIELD = "profile";
    static final String ALWAYS_ASK = "alwaysAsk";

    public ProfileChoiceAuthenticator() {
        super(true);
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        List<Profile> profiles = profiles(context);
        if (profiles.size() == 1 && !alwaysAsk(context)) {
            choose(context, profiles.get(0));
            return;
        }
        context.challenge(page(context, profiles, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        String chosen = context.getHttpRequest().getDecodedFormParameters().getFirst(FIELD);
        List<Profile> profiles = profiles(context);
        Optional<Profile> profile = profiles.stream().filter(p -> p.id().equals(chosen)).findFirst();
        if (profile.isEmpty()) {
            context.getEvent().detail("dk_profile", "unknown").error("dk_profile_unknown");
            context.challenge(page(context, profiles, "dkProfileErrorUnknown"));
            return;
        }
        choose(context, profile.get());
    }

    private static void choose(AuthenticationFlowContext context, Profile profile) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setUserSessionNote(SESSION_KIND, profile.kind());
        authSession.setUserSessionNote(SESSION_SUBJECT, profile.subject());
        authSession.setUserSessionNote(SESSION_NAME, profile.name());
        context.getEvent().detail("dk_profile", profile.kind());
        context.success();
    }

    private static Response page(AuthenticationFlowContext context, List<Profile> profiles, String error) {
        var form = context.form().setAttribute("dkProfiles", profiles.stream().map(Profile::view).toList());
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }

    /** Yourself first, then every source's profiles (children, organisations). */
    static List<Profile> profiles(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        List<Profile> profiles = new ArrayList<>();
        profiles.add(self(user));
        context.getSession().getAllProviders(ProfileSource.class)
                .forEach(source -> profiles.addAll(source.profiles(context.getRealm(), user)));
        return profiles;
    }

    private static Profile self(UserModel user) {
        String name = ChildrenProfileSource.fullName(user);
        String niss = user.getFirstAttribute(UserAttributes.NISS);
        String detail = "";
        String subject = user.getId();
        if (niss != null) {
            try {
                Niss parsed = Niss.parse(niss);
                detail = parsed.masked();
                subject = parsed.digits();
            } catch (InvalidNissException e) {
                // Shown without a number.
            }
        }
        return new Profile(Profile.SELF, Profile.SELF, subject, name.isBlank() ? user.getUsername() : name, detail);
    }

    private static boolean alwaysAsk(AuthenticationFlowContext context) {
        var config = context.getAuthenticatorConfig();
        return config != null && config.getConfig() != null && "true".equals(config.getConfig().get(ALWAYS_ASK));
    }
}
