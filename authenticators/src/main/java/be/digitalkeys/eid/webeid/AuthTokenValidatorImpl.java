package be.digitalkeys.eid.webeid;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;

import be.digitalkeys.eid.ocsp.OcspClient;

/** The ten steps of {@link AuthTokenValidator}, each in its own class. */
final class AuthTokenValidatorImpl implements AuthTokenValidator {

    private final Clock clock;
    private final AuthTokenParser parser;
    private final ChainValidator chain;
    private final RevocationCheck revocation;
    /** Null: no policy check; else the OIDs accepted besides the Belgian authentication policies. */
    private final java.util.Set<String> extraPolicies;

    AuthTokenValidatorImpl(AuthTokenValidatorBuilder builder) {
        this.clock = builder.clock;
        this.parser = new AuthTokenParser(builder.maxTokenLength);
        this.extraPolicies = builder.policyCheck ? java.util.Set.copyOf(builder.extraPolicies) : null;
        this.chain = new ChainValidator(builder.anchors, builder.intermediates, builder.fetcher);
        this.revocation = new RevocationCheck(builder.ocsp,
                new OcspClient(builder.ocsp, builder.transport, builder.cache, builder.clock));
    }

    @Override
    public ValidatedEid validate(String tokenJson, String expectedOrigin, String expectedNonce)
            throws AuthTokenException {
        checkOrigin(expectedOrigin);
        if (expectedNonce == null || expectedNonce.isEmpty()) {
            throw new IllegalArgumentException("expectedNonce is required");
        }
        WebEidAuthToken token = parser.parse(tokenJson);
        SignatureAlgorithm algorithm = SignatureAlgorithm.fromName(token.algorithm())
                .orElseThrow(() -> new AlgorithmNotAllowedException("The signature algorithm is not allowed"));
        X509Certificate certificate = CertificateChecks.parse(token.certificateDer());
        if (!algorithm.fits(certificate.getPublicKey())) {
            throw new AlgorithmNotAllowedException("The signature algorithm does not fit the certificate's key");
        }
        EidIdentity identity = validateCertificate(certificate);
        SignatureVerifier.verify(algorithm, certificate.getPublicKey(), token.signature(), expectedOrigin,
                expectedNonce);
        return new ValidatedEid(certificate, identity.niss().digits(), identity.givenNames(), identity.surname(),
                algorithm.name());
    }

    /** Steps 5 to 9 (everything about the certificate); a test hook for certificates without a private key. */
    EidIdentity validateCertificate(X509Certificate certificate) throws AuthTokenException {
        Instant now = clock.instant();
        CertificateChecks.checkValidity(certificate, now);
        CertificateChecks.checkPurpose(certificate);
        // Trust first: a card of an unknown CA is "not trusted" whatever its policies; a trusted
        // certificate without the eID authentication policy (e.g. the card's signature certificate)
        // is then the wrong certificate.
        ChainValidator.Chain path = chain.validate(certificate, now);
        if (extraPolicies != null) {
            CertificateChecks.checkPolicy(certificate, extraPolicies);
        }
        EidIdentity identity = EidIdentity.of(certificate);
        revocation.check(certificate, path.issuer(), identity.niss());
        return identity;
    }

    private static void checkOrigin(String origin) {
        if (origin == null) {
            throw new IllegalArgumentException("expectedOrigin is required");
        }
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme();
            boolean http = "https".equals(scheme) || "http".equals(scheme);
            if (!http || uri.getHost() == null || uri.getRawUserInfo() != null
                    || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("expectedOrigin must be scheme://host[:port], got " + origin);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("expectedOrigin is not a URI: " + origin, e);
        }
    }
}
