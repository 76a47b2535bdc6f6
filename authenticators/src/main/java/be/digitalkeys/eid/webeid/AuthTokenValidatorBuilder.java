package be.digitalkeys.eid.webeid;

import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import be.digitalkeys.eid.ocsp.HttpOcspTransport;
import be.digitalkeys.eid.ocsp.OcspCache;
import be.digitalkeys.eid.ocsp.OcspSettings;
import be.digitalkeys.eid.ocsp.OcspTransport;

/** Configures an {@link AuthTokenValidator}. Only the trusted certificates are required. */
public final class AuthTokenValidatorBuilder {

    public static final int DEFAULT_MAX_TOKEN_LENGTH = 10_000;

    final Set<TrustAnchor> anchors = new HashSet<>();
    final List<X509Certificate> intermediates = new ArrayList<>();
    Clock clock = Clock.systemUTC();
    OcspSettings ocsp = OcspSettings.defaults();
    OcspTransport transport;
    OcspCache cache = OcspCache.none();
    IntermediateFetcher fetcher;
    int maxTokenLength = DEFAULT_MAX_TOKEN_LENGTH;
    final Set<String> extraPolicies = new HashSet<>();
    boolean policyCheck;

    public AuthTokenValidatorBuilder() {
    }

    /**
     * Adds trusted CA certificates: self-signed ones become trust anchors (trusted by their key),
     * the others are intermediates that a chain may pass through on its way to an anchor.
     */
    public AuthTokenValidatorBuilder withTrustedCertificates(Collection<X509Certificate> certificates) {
        for (X509Certificate certificate : certificates) {
            if (isSelfSigned(Objects.requireNonNull(certificate, "certificate"))) {
                anchors.add(new TrustAnchor(certificate, null));
            } else {
                intermediates.add(certificate);
            }
        }
        return this;
    }

    public AuthTokenValidatorBuilder withClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    public AuthTokenValidatorBuilder withOcsp(OcspSettings settings) {
        this.ocsp = Objects.requireNonNull(settings, "settings");
        return this;
    }

    public AuthTokenValidatorBuilder withOcspTransport(OcspTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        return this;
    }

    public AuthTokenValidatorBuilder withOcspCache(OcspCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
        return this;
    }

    /**
     * When no chain builds with the trusted certificates, fetch the issuing CA named in the
     * certificate's AIA (caIssuers) and try again with it as an untrusted intermediate: the chain
     * must still end at a trusted root. Default: no fetching.
     */
    public AuthTokenValidatorBuilder withIntermediateFetching(IntermediateFetcher fetcher) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        return this;
    }

    /**
     * Requires a Belgian eID authentication certificate policy (citizen or foreigner, see
     * {@code CertificateChecks#BELGIAN_AUTHENTICATION_POLICY}) or one of {@code extraPolicyOids}
     * (e.g. the TEST PKI's in a development realm), so that another certificate of the same CAs
     * cannot log in. Off by default for other PKIs; the eID authenticator always turns it on.
     */
    public AuthTokenValidatorBuilder withPolicyCheck(Collection<String> extraPolicyOids) {
        extraPolicyOids.forEach(oid -> extraPolicies.add(Objects.requireNonNull(oid, "policyOid")));
        this.policyCheck = true;
        return this;
    }

    public AuthTokenValidatorBuilder withMaxTokenLength(int chars) {
        if (chars < 1) {
            throw new IllegalArgumentException("maxTokenLength must be positive");
        }
        this.maxTokenLength = chars;
        return this;
    }

    /** @throws IllegalStateException no self-signed (anchor) certificate was given */
    public AuthTokenValidator build() {
        if (anchors.isEmpty()) {
            throw new IllegalStateException("At least one self-signed trusted root certificate is required");
        }
        if (transport == null) {
            transport = new HttpOcspTransport();
        }
        return new AuthTokenValidatorImpl(this);
    }

    static boolean isSelfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
