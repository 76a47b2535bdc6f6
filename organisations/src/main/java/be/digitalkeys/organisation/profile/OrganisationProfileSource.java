package be.digitalkeys.organisation.profile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import be.digitalkeys.organisation.service.Organisations;
import be.digitalkeys.organisation.store.Appointment;
import be.digitalkeys.organisation.store.Grant;
import be.digitalkeys.organisation.store.OrganisationStore;
import be.digitalkeys.profile.Profile;
import be.digitalkeys.profile.ProfileSource;

/**
 * The organisations a person may act for on the profile page ("se connecter en tant que"): those
 * where they are legal representative (named by the registry through
 * {@code dk-legal-representative-of}, or appointed), access manager (main access manager, local
 * administrator), or hold a valid right (expired and revoked grants are not read). Mere membership
 * of the Keycloak Organization is not enough. Nothing when the realm has Organizations disabled.
 * The profile's shape is {@link OrganisationProfiles}'s business.
 */
public final class OrganisationProfileSource implements ProfileSource {

    private final KeycloakSession session;

    OrganisationProfileSource(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public List<Profile> profiles(RealmModel realm, UserModel user) {
        if (!realm.isOrganizationsEnabled()) {
            return List.of();
        }
        OrganizationProvider provider = session.getProvider(OrganizationProvider.class);
        if (provider == null) {
            return List.of();
        }
        OrganisationStore store = OrganisationStore.of(session);
        Set<String> ids = new LinkedHashSet<>();
        store.appointments().ofUserInRealm(realm.getId(), user.getId()).stream().map(Appointment::organizationId).forEach(ids::add);
        store.grants().ofUserInRealm(realm.getId(), user.getId()).stream().map(Grant::organizationId).forEach(ids::add);
        List<OrganizationModel> organisations = new java.util.ArrayList<>(Organisations.registryOrganisations(provider, user).toList());
        ids.stream().map(provider::getById).filter(Objects::nonNull).forEach(organisations::add);
        return OrganisationProfiles.of(organisations.stream()
                .map(o -> new OrganisationProfiles.Candidate(o.getId(), o.getName(), Organisations.kbo(o).orElse(null)))
                .toList());
    }
}
