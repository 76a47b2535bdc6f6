package be.digitalkeys.it.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import be.digitalkeys.lab.eid.TestCitizen;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The titres-services demo realm under another name, without its demo users and organisation
 * (their members are those users): each test makes its own company (a fresh valid enterprise
 * number) and registers the TEST citizens it logs in with. Flows, clients (portal with the
 * dk_org mapper, the management page's client), the right's catalogue and settings are the demo's.
 */
public final class TitresLab {

    public static final String REALM = "titres-lab";
    public static final String PORTAL = "titres-services-portal";
    public static final String TITRES = "TITRES-SERVICES POUR ENTREPRISES AGRÉÉES";
    private final RealmResource realm;

    public TitresLab(TestEnvironment env) {
        if (env.admin().realms().findAll().stream().noneMatch(r -> REALM.equals(r.getRealm()))) {
            RealmRepresentation rep = RealmCopies.withoutUsers("titres-services-realm.json", REALM);
            rep.setOrganizations(List.of());
            env.admin().realms().create(rep);
        }
        this.realm = env.realm(REALM);
    }

    /** A valid enterprise number (digits) no other test uses: 0 + 7 random digits + check digits. */
    public static String freshKbo() {
        long base = 1_000_000L + ThreadLocalRandom.current().nextLong(8_999_999L);
        base = base % 100_000_000L;
        return String.format("%08d%02d", base, 97 - base % 97);
    }

    /** A company of the realm with this enterprise number: its organisation id. */
    public String company(String name, String kbo) {
        OrganizationRepresentation org = new OrganizationRepresentation();
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 6);
        org.setName(unique);
        org.setAlias(unique.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
        domain.setName(org.getAlias() + ".test");
        org.addDomain(domain);
        org.setAttributes(Map.of("dk-kbo", List.of(kbo)));
        try (var response = realm.organizations().create(org)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("organisation not created: " + response.getStatus());
            }
            String path = response.getLocation().getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    public String companyName(String orgId) {
        return realm.organizations().get(orgId).toRepresentation().getName();
    }

    /** A fresh account with the citizen's national number and name (earlier ones with that number removed). */
    public String register(TestCitizen citizen, String firstName, String lastName, Map<String, List<String>> more) {
        forget(citizen.niss());
        UserRepresentation user = new UserRepresentation();
        user.setUsername(firstName.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8));
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        Map<String, List<String>> attributes = new HashMap<>(more);
        attributes.put("niss", List.of(citizen.niss()));
        attributes.putIfAbsent("locale", List.of("fr"));
        user.setAttributes(attributes);
        try (var response = realm.users().create(user)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("user not created: " + response.getStatus());
            }
            String path = response.getLocation().getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    /** The registry's legal representative of the company (user attribute dk-legal-representative-of). */
    public String legalRepresentative(TestCitizen citizen, String firstName, String lastName, String kbo) {
        return register(citizen, firstName, lastName, Map.of("dk-legal-representative-of", List.of(kbo)));
    }

    public void forget(String niss) {
        realm.users().searchByAttributes("niss:" + niss).forEach(u -> realm.users().get(u.getId()).remove());
    }

    public List<UserRepresentation> byNiss(String niss) {
        return realm.users().searchByAttributes("niss:" + niss);
    }

    public void addMember(String orgId, String userId) {
        try (var response = realm.organizations().get(orgId).members().addMember(userId)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("member not added: " + response.getStatus());
            }
        }
    }

    public void locale(String userId, String language) {
        UserRepresentation user = realm.users().get(userId).toRepresentation();
        Map<String, List<String>> attributes = new HashMap<>(user.getAttributes());
        attributes.put("locale", List.of(language));
        user.setAttributes(attributes);
        realm.users().get(userId).update(user);
    }

    /** The id of the portal's right (role id), as the grant form's select carries it. */
    public String titresRightId() {
        String portal = realm.clients().findByClientId(PORTAL).get(0).getId();
        return realm.clients().get(portal).roles().get(TITRES).toRepresentation().getId();
    }

    public RealmResource realm() {
        return realm;
    }
}
