package be.digitalkeys.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import be.digitalkeys.common.UserLookup;
import be.digitalkeys.eid.niss.InvalidNissException;
import be.digitalkeys.eid.niss.Niss;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A parent's children: the national numbers in the user attribute {@value #ATTRIBUTE}, kept by the
 * operator (admin console, import) or by a user storage that maps it. A child's name comes from
 * the child's own account when there is one; numbers with a wrong checksum are ignored.
 */
public final class ChildrenProfileSource implements ProfileSource {

    public static final String ATTRIBUTE = "childNiss";
    static final int MAX_CHILDREN = 20;
    private final KeycloakSession session;

    ChildrenProfileSource(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public List<Profile> profiles(RealmModel realm, UserModel user) {
        return user.getAttributeStream(ATTRIBUTE)
                .map(ChildrenProfileSource::niss)
                .flatMap(Optional::stream)
                .distinct()
                .limit(MAX_CHILDREN)
                .map(niss -> profile(realm, niss))
                .filter(Objects::nonNull)
                .toList();
    }

    private Profile profile(RealmModel realm, Niss niss) {
        Optional<UserModel> child;
        try {
            child = UserLookup.byNiss(session, realm, niss.digits());
        } catch (ModelDuplicateException e) {
            child = Optional.empty();
        }
        String name = child.map(ChildrenProfileSource::fullName).filter(n -> !n.isBlank()).orElse(niss.masked());
        return new Profile(Profile.CHILD + ":" + niss.digits(), Profile.CHILD, niss.digits(), name, niss.masked());
    }

    static String fullName(UserModel user) {
        return ((user.getFirstName() == null ? "" : user.getFirstName()) + " " + (user.getLastName() == null ? "" : user.getLastName())).strip();
    }

    private static Optional<Niss> niss(String value) {
        try {
            return Optional.of(Niss.parse(value));
        } catch (InvalidNissException e) {
            return Optional.empty();
        }
    }
}
