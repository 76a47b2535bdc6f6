package be.digitalkeys.lab;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.digitalkeys.devkit.DevelopmentKit;
import be.digitalkeys.devkit.PageAddition;
import be.digitalkeys.eid.KeycloakClock;
import be.digitalkeys.eid.ocsp.OcspTransport;
import be.digitalkeys.lab.eid.TestEidPki;
import be.digitalkeys.lab.eid.TestOcspTransport;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The lab as a development kit: in realms with {@value LabRealms#ATTRIBUTE} = true, the TEST eID
 * CA is trusted, its OCSP responder answered in process, and the eID page shows the TEST software
 * eID (template {@value #EID_TEMPLATE} from this jar's theme-resources).
 */
public final class LabKit implements DevelopmentKit {

    static final String EID_PAGE = "dk-eid.ftl";
    static final String EID_TEMPLATE = "dk-lab-eid.ftl";

    @Override
    public List<X509Certificate> eidTrustAnchors(RealmModel realm) {
        if (!LabRealms.enabled(realm)) {
            return List.of();
        }
        return List.of(TestOcspTransport.PKI.rootCa(), TestOcspTransport.PKI.citizenCa());
    }

    @Override
    public java.util.Set<String> eidCertificatePolicies(RealmModel realm) {
        return LabRealms.enabled(realm) ? java.util.Set.of(TestEidPki.TEST_POLICY) : java.util.Set.of();
    }

    @Override
    public Optional<OcspTransport> eidOcspTransport(RealmModel realm, URI responder) {
        if (!LabRealms.enabled(realm) || !TestOcspTransport.answersFor(responder)) {
            return Optional.empty();
        }
        return Optional.of(new TestOcspTransport(KeycloakClock.INSTANCE));
    }

    @Override
    public PageAddition pageAddition(KeycloakSession session, RealmModel realm, String template) {
        if (!LabRealms.enabled(realm) || !EID_PAGE.equals(template)) {
            return PageAddition.NONE;
        }
        return new PageAddition(List.of(EID_TEMPLATE), Map.of("dkLabCardsUrl", LabUrls.of(session, realm, "software-eid/cards")));
    }
}
