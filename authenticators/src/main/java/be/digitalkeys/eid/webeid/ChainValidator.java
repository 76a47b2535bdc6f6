package be.digitalkeys.eid.webeid;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Step 7: a PKIX path (RFC 5280, the JDK's "PKIX" builder) from the certificate through the
 * configured intermediates to a trust anchor, at the validation time. Anchors are matched by
 * their key: a CA with the same name but another key does not verify. Revocation is off here;
 * the OCSP step follows.
 */
final class ChainValidator {

    /** The validated path: the certificate's issuer is what OCSP needs. */
    record Chain(X509Certificate certificate, X509Certificate issuer, TrustAnchor anchor) {
    }

    private static final int MAX_INTERMEDIATES = 4;

    private final Set<TrustAnchor> anchors;
    private final CertStore intermediates;

    ChainValidator(Set<TrustAnchor> anchors, List<X509Certificate> intermediates) {
        this.anchors = Set.copyOf(anchors);
        try {
            this.intermediates = CertStore.getInstance("Collection",
                    new CollectionCertStoreParameters(new ArrayList<>(intermediates)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    Chain validate(X509Certificate certificate, Instant at) throws CertificateNotTrustedException {
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            parameters.setMaxPathLength(MAX_INTERMEDIATES);
            parameters.addCertStore(intermediates);
            parameters.addCertStore(CertStore.getInstance("Collection",
                    new CollectionCertStoreParameters(List.of(certificate))));
            PKIXCertPathBuilderResult result =
                    (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
            List<? extends java.security.cert.Certificate> path = result.getCertPath().getCertificates();
            TrustAnchor anchor = result.getTrustAnchor();
            X509Certificate issuer = path.size() > 1 ? (X509Certificate) path.get(1) : anchor.getTrustedCert();
            return new Chain(certificate, issuer, anchor);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new CertificateNotTrustedException("The certificate does not chain to a trusted eID CA", e);
        }
    }
}
