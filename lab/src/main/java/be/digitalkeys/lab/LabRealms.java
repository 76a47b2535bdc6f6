package be.digitalkeys.lab;

import org.keycloak.models.RealmModel;

/**
 * Which realms use the development kit: only those with the realm attribute
 * {@value #ATTRIBUTE} = {@code true}, and only where this lab jar is installed. Then the realm
 * trusts the TEST eID CA (whose private keys are public), offers the TEST software eID on the eID
 * page and answers the card-reader and phone-app simulators. Without the lab jar the attribute
 * does nothing: production code does not know it.
 */
public final class LabRealms {

    /** The one switch, a realm attribute. */
    public static final String ATTRIBUTE = "dk.lab.enabled";

    private LabRealms() {
    }

    public static boolean enabled(RealmModel realm) {
        return realm != null && "true".equals(realm.getAttribute(ATTRIBUTE));
    }
}
