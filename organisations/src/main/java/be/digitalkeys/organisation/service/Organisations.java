package be.digitalkeys.organisation.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import be.digitalkeys.organisation.RightsCatalogue;
import be.digitalkeys.organisation.kbo.EnterpriseNumber;
import be.digitalkeys.organisation.kbo.InvalidEnterpriseNumberException;
import be.digitalkeys.organisation.rules.ContextPath;
import be.digitalkeys.organisation.store.OrgContext;
import be.digitalkeys.organisation.store.OrganisationStore;
import be.digitalkeys.organisation.store.UnknownContextException;

/** Look-ups of the service with no rule attached: organisations, contexts, people and rights of this realm (404s). */
public final class Organisations {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final OrganisationStore store;

    Organisations(KeycloakSession session, RealmModel realm, OrganisationStore store) {
        this.session = session;
        this.realm = realm;
        this.store = store;
    }

    private OrganizationProvider provider() {
        return session.getProvider(OrganizationProvider.class);
    }

    /** The Keycloak Organization with this id in this realm (Organizations enabled). */
    public OrganizationModel require(String orgId) throws NotFoundInRealmException {
        OrganizationModel org;
        try {
            org = orgId == null || orgId.length() > 64 || !realm.isOrganizationsEnabled() ? null : provider().getById(orgId);
        } catch (org.keycloak.models.ModelException e) {
            // Keycloak's getById refuses an organisation of another realm with an exception: here it is
            // unknown, exactly like a missing one (same status, reason and message).
            org = null;
        }
        if (org == null) {
            throw new NotFoundInRealmException("UNKNOWN_ORGANISATION", "No such organisation in this realm");
        }
        return org;
    }

    /** The organisation whose attribute {@code dk-kbo} holds this enterprise number (any spelling with dots/spaces). */
    public OrganizationModel byKbo(String kbo) throws InvalidRequestException, NotFoundInRealmException {
        EnterpriseNumber number;
        try {
            number = EnterpriseNumber.parse(kbo);
        } catch (InvalidEnterpriseNumberException e) {
            throw new InvalidRequestException("INVALID_KBO", e.getMessage());
        }
        if (!realm.isOrganizationsEnabled()) {
            throw new NotFoundInRealmException("UNKNOWN_ORGANISATION", "No such organisation in this realm");
        }
        return provider().getAllStream(Map.of(EnterpriseNumber.ORGANIZATION_ATTRIBUTE, number.digits()), 0, 2).findFirst()
                .orElseThrow(() -> new NotFoundInRealmException("UNKNOWN_ORGANISATION", "No organisation with that enterprise number"));
    }

    public static Optional<String> kbo(OrganizationModel org) {
        List<String> values = org.getAttributes().get(EnterpriseNumber.ORGANIZATION_ATTRIBUTE);
        return values == null ? Optional.empty() : values.stream().findFirst();
    }

    /** The organisation's root context, created on first use. */
    public OrgContext root(OrganizationModel org, String actorId) {
        return store.contexts().ensureRoot(realm.getId(), org.getId(), org.getName(), actorId);
    }

    /** A context of this realm (its organisation is the rules' business: another one's is refused there). */
    public OrgContext requireContext(String contextId) throws NotFoundInRealmException {
        return (contextId == null || contextId.length() > 36 ? Optional.<OrgContext>empty() : store.contexts().find(contextId))
                .filter(c -> c.realmId().equals(realm.getId()))
                .orElseThrow(() -> new NotFoundInRealmException("UNKNOWN_CONTEXT", "No such context in this realm"));
    }

    public ContextPath path(String contextId) throws NotFoundInRealmException {
        try {
            return store.contexts().path(contextId);
        } catch (UnknownContextException e) {
            throw new NotFoundInRealmException("UNKNOWN_CONTEXT", "No such context in this realm");
        }
    }

    public boolean isMember(OrganizationModel org, UserModel user) {
        return provider().isMember(org, user);
    }

    public void addMember(OrganizationModel org, UserModel user) throws ConflictException {
        try {
            if (!provider().addMember(org, user)) {
                throw new ConflictException("NOT_LINKED", "The person could not be linked to the organisation");
            }
        } catch (org.keycloak.models.ModelException e) {
            throw new ConflictException("NOT_LINKED", "The person could not be linked to the organisation");
        }
    }

    public Stream<UserModel> members(OrganizationModel org) {
        return provider().getMembersStream(org, (String) null, null, null, null);
    }

    /**
     * A user of this realm who is one of the organisation's people: a member of the Organization,
     * or someone with a right or an appointment there. Anyone else is unknown here (404).
     */
    public UserModel requirePerson(OrganizationModel org, String userId) throws NotFoundInRealmException {
        UserModel user = userId == null || userId.length() > 64 ? null : session.users().getUserById(realm, userId);
        if (user == null || !isPerson(org, user)) {
            throw new NotFoundInRealmException("UNKNOWN_PERSON", "No such person in this organisation");
        }
        return user;
    }

    /** One of the organisation's people: a member, someone with a right or an appointment there, or its registry legal representative. */
    public boolean isPerson(OrganizationModel org, UserModel user) {
        return isMember(org, user) || store.people(org.getId()).contains(user.getId()) || isRegistryLegalRepresentative(user, org);
    }

    /**
     * Someone who may receive a right or an appointment in the organisation: one of its people, or
     * a person its managers found by national number within the last hour ({@link People#FOUND_SECONDS}).
     */
    public UserModel requireGrantee(OrganizationModel org, String userId) throws NotFoundInRealmException {
        UserModel user = userId == null || userId.length() > 64 ? null : session.users().getUserById(realm, userId);
        if (user == null || !(isPerson(org, user) || People.wasFound(session, org, userId))) {
            throw new NotFoundInRealmException("UNKNOWN_PERSON", "No such person in this organisation");
        }
        return user;
    }

    /** A right of the realm's catalogue by role name (or {@code clientId/roleName}, or role id). */
    public RoleModel requireRight(String right) throws InvalidRequestException {
        if (right == null || right.isBlank() || right.length() > 255) {
            throw new InvalidRequestException("UNKNOWN_RIGHT", "No right given");
        }
        Optional<RoleModel> byId = RightsCatalogue.right(session, realm, right);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<RoleModel> matches = RightsCatalogue.rights(realm).filter(r -> right.equals(r.getName())
                || right.equals(((org.keycloak.models.ClientModel) r.getContainer()).getClientId() + "/" + r.getName())).toList();
        if (matches.size() != 1) {
            throw new InvalidRequestException("UNKNOWN_RIGHT", matches.isEmpty()
                    ? "No such right in the catalogue" : "Ambiguous right: give clientId/roleName");
        }
        return matches.get(0);
    }

    /** The registry names the user legal representative of the organisation (attribute {@value OrganisationService#LEGAL_REPRESENTATIVE_ATTRIBUTE}). */
    public boolean isRegistryLegalRepresentative(UserModel user, OrganizationModel org) {
        Optional<String> kbo = kbo(org);
        return kbo.isPresent() && registryNumbers(user).anyMatch(kbo.get()::equals);
    }

    /** The organisations whose registry legal representative the user is. */
    Stream<OrganizationModel> registryOrganisations(UserModel user) {
        if (!realm.isOrganizationsEnabled()) {
            return Stream.empty();
        }
        return registryOrganisations(provider(), user);
    }

    /** As above, for callers outside the service (the profile source) that checked Organizations are enabled. */
    public static Stream<OrganizationModel> registryOrganisations(OrganizationProvider provider, UserModel user) {
        return registryNumbers(user).distinct().flatMap(digits -> provider
                .getAllStream(Map.of(EnterpriseNumber.ORGANIZATION_ATTRIBUTE, digits), 0, 2));
    }

    private static Stream<String> registryNumbers(UserModel user) {
        return user.getAttributeStream(OrganisationService.LEGAL_REPRESENTATIVE_ATTRIBUTE).map(v -> {
            try {
                return EnterpriseNumber.parse(v).digits();
            } catch (InvalidEnterpriseNumberException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull);
    }
}
