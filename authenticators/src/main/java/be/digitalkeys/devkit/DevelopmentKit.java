package be.digitalkeys.devkit;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import be.digitalkeys.eid.ocsp.OcspTransport;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/**
 * What a development kit (the {@code digitalkeys-lab} jar, never installed in production) may add
 * to a realm, and nothing more: TEST trust anchors and an OCSP answer for its TEST CA on eID
 * logins, and templates on our login pages (e.g. the TEST software eID's button). A kit answers
 * only for realms that opted in to it; production code asks through {@link DevelopmentKits} and,
 * with no kit installed, gets nothing, whatever a realm's attributes say.
 */
public interface DevelopmentKit extends Provider {

    /** Extra certificates an eID login in this realm trusts; empty when the realm did not opt in. */
    List<X509Certificate> eidTrustAnchors(RealmModel realm);

    /**
     * Certificate policy OIDs an eID login in this realm accepts besides the Belgian eID
     * authentication policies (the TEST PKI's); empty when the realm did not opt in.
     */
    default java.util.Set<String> eidCertificatePolicies(RealmModel realm) {
        return java.util.Set.of();
    }

    /** The transport that answers OCSP requests to this responder for this realm, when the kit owns the responder. */
    Optional<OcspTransport> eidOcspTransport(RealmModel realm, URI responder);

    /** What the kit shows on one of our login pages ({@code template}, e.g. {@code dk-eid.ftl}) in this realm. */
    PageAddition pageAddition(KeycloakSession session, RealmModel realm, String template);

    @Override
    default void close() {
    }
}
