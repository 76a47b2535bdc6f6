package be.digitalkeys.eid.webeid;

import java.net.URI;
import java.net.URISyntaxException;
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
import java.util.Optional;
import java.util.Set;

import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;

/**
 * Step 7: a PKIX path (RFC 5280, the JDK's "PKIX" builder) from the certificate through the
 * configured intermediates to a trust anchor, at the validation time. Anchors are matched by
 * their key: a CA with the same name but another key does not verify. Revocation is off here;
 * the OCSP step follows.
 *
 * <p>With an {@link IntermediateFetcher}, when no path builds, the issuing CA named by the
 * certificate's AIA caIssuers addresses is fetched and the path built again with it as an
 * untrusted intermediate (never an anchor, even if self-signed): one level, the path must still
 * end at a configured anchor.
 */
final class ChainValidator {

    /** The validated path: the certificate's issuer is what OCSP needs. */
    record Chain(X509Certificate certificate, X509Certificate issuer, TrustAnchor anchor) {
    }

    private static final int MAX_INTERMEDIATES = 4;
    /** caIssuers addresses of one certificate tried at most. */
    static final int MAX_FETCHES = 2;

    private final Set<TrustAnchor> anchors;
    private final CertStore intermediates;
    private final IntermediateFetcher fetcher;

    ChainValidator(Set<TrustAnchor> anchors, List<X509Certificate> intermediates) {
        this(anchors, intermediates, null);
    }

    /** @param fetcher nullable: no fetching */
    ChainValidator(Set<TrustAnchor> anchors, List<X509Certificate> intermediates, IntermediateFetcher fetcher) {
        this.anchors = Set.copyOf(anchors);
        this.intermediates = collection(new ArrayList<>(intermediates));
        this.fetcher = fetcher;
    }

    Chain validate(X509Certificate certificate, Instant at) throws CertificateNotTrustedException {
        try {
            return build(certificate, at, List.of());
        } catch (GeneralSecurityException | RuntimeException e) {
            List<X509Certificate> fetched = fetcher == null ? List.of() : fetchIssuers(certificate);
            if (fetched.isEmpty()) {
                throw notTrusted(e);
            }
            try {
                return build(certificate, at, fetched);
            } catch (GeneralSecurityException | RuntimeException again) {
                again.addSuppressed(e);
                throw notTrusted(again);
            }
        }
    }

    private Chain build(X509Certificate certificate, Instant at, List<X509Certificate> untrusted)
            throws GeneralSecurityException {
        X509CertSelector target = new X509CertSelector();
        target.setCertificate(certificate);
        PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(at));
        parameters.setMaxPathLength(MAX_INTERMEDIATES);
        parameters.addCertStore(intermediates);
        List<X509Certificate> others = new ArrayList<>(untrusted);
        others.add(certificate);
        parameters.addCertStore(collection(others));
        PKIXCertPathBuilderResult result =
                (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
        List<? extends java.security.cert.Certificate> path = result.getCertPath().getCertificates();
        TrustAnchor anchor = result.getTrustAnchor();
        X509Certificate issuer = path.size() > 1 ? (X509Certificate) path.get(1) : anchor.getTrustedCert();
        return new Chain(certificate, issuer, anchor);
    }

    /** The fetched certificates named like the certificate's issuer (names only select; keys decide). */
    private List<X509Certificate> fetchIssuers(X509Certificate certificate) {
        List<X509Certificate> fetched = new ArrayList<>();
        for (URI uri : caIssuersUrls(certificate)) {
            try {
                Optional<X509Certificate> candidate = fetcher.fetch(uri);
                if (candidate != null && candidate.isPresent()
                        && candidate.get().getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                    fetched.add(candidate.get());
                }
            } catch (RuntimeException e) {
                // a broken fetcher is a missing intermediate
            }
        }
        return fetched;
    }

    /** The http(s) caIssuers addresses (OID 1.3.6.1.5.5.7.48.2) of the AIA extension, at most {@value #MAX_FETCHES}. */
    static List<URI> caIssuersUrls(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (extension == null) {
            return List.of();
        }
        AuthorityInformationAccess aia;
        try {
            aia = AuthorityInformationAccess.getInstance(ASN1OctetString.getInstance(extension).getOctets());
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        List<URI> urls = new ArrayList<>();
        for (AccessDescription description : aia.getAccessDescriptions()) {
            GeneralName location = description.getAccessLocation();
            if (AccessDescription.id_ad_caIssuers.equals(description.getAccessMethod())
                    && location.getTagNo() == GeneralName.uniformResourceIdentifier) {
                try {
                    URI uri = new URI(ASN1IA5String.getInstance(location.getName()).getString());
                    if (HttpIntermediateFetcher.isHttp(uri) && !urls.contains(uri)) {
                        urls.add(uri);
                    }
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // try the next one
                }
            }
            if (urls.size() == MAX_FETCHES) {
                break;
            }
        }
        return urls;
    }

    private static CertStore collection(List<X509Certificate> certificates) {
        try {
            return CertStore.getInstance("Collection", new CollectionCertStoreParameters(certificates));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CertificateNotTrustedException notTrusted(Exception cause) {
        return new CertificateNotTrustedException("The certificate does not chain to a trusted eID CA", cause);
    }
}
