package be.digitalkeys.eid;

import org.keycloak.models.RealmModel;

/**
 * The development software eID: TEST citizens whose keys sign in the browser, a TEST CA this
 * realm then trusts and an in-process TEST OCSP responder. Only where the realm attribute
 * {@value #REALM_ATTRIBUTE} is {@code true}; never in a production realm unless so configured.
 */
public final class SoftwareEid {

    public static final String REALM_ATTRIBUTE = "dk.eid.softwareEid";

    private SoftwareEid() {
    }

    public static boolean enabled(RealmModel realm) {
        return realm != null && "true".equals(realm.getAttribute(REALM_ATTRIBUTE));
    }
}
