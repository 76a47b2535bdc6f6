package be.digitalkeys.organisation.profile;

import org.keycloak.models.KeycloakSession;

import be.digitalkeys.profile.ProfileSource;
import be.digitalkeys.profile.ProfileSourceFactory;

/** Offers the user's organisations on the profile page (SPI {@code dk-profile-source}, next to {@code dk-children}). */
public class OrganisationProfileSourceFactory implements ProfileSourceFactory {

    public static final String PROVIDER_ID = "dk-organisations";

    @Override
    public ProfileSource create(KeycloakSession session) {
        return new OrganisationProfileSource(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
