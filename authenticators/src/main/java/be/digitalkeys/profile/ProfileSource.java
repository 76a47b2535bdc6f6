package be.digitalkeys.profile;

import java.util.List;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.Provider;

/**
 * Where the profiles other than "yourself" come from. Children ship with Digital Keys
 * ({@code dk-children}); the organisations module plugs in its own source.
 */
public interface ProfileSource extends Provider {

    List<Profile> profiles(RealmModel realm, UserModel user);

    @Override
    default void close() {
    }
}
