package be.digitalkeys.eid.ocsp;

import java.io.IOException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Checks an OCSP response: successful basic response, signed by the issuing CA or by a delegated
 * responder (issued by that CA, EKU id-kp-OCSPSigning, valid now) it carries, an answer for the
 * asked certificate id, fresh, and echoing the request nonce (required unless
 * {@link OcspSettings#requireNonce()} is off; a different nonce is always refused).
 */
final class OcspResponseVerifier {

    private static final String OCSP_SIGNING = "1.3.6.1.5.5.7.3.9";

    private final OcspSettings settings;
    private final Clock clock;

    OcspResponseVerifier(OcspSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** @param requestNonce the nonce extension sent, or {@code null} when none was sent */
    OcspStatus verify(byte[] der, CertificateID id, X509Certificate issuer, Extension requestNonce)
            throws OcspUnavailableException {
        BasicOCSPResp basic = parse(der);
        // All checks must pass; the cheap ones first (a stale or misdirected answer is refused
        // before its signature is looked at).
        SingleResp single = find(basic, id);
        checkFreshness(single);
        verifySignature(basic, issuer);
        if (requestNonce != null) {
            Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (echoed == null && settings.requireNonce()) {
                throw new OcspUnavailableException("OCSP response does not echo the request nonce (a replayed answer?)");
            }
            if (echoed != null && !echoed.getExtnValue().equals(requestNonce.getExtnValue())) {
                throw new OcspUnavailableException("OCSP response nonce does not match the request");
            }
        }
        CertificateStatus status = single.getCertStatus();
        if (status == CertificateStatus.GOOD) {
            return OcspStatus.GOOD;
        }
        return status instanceof RevokedStatus ? OcspStatus.REVOKED : OcspStatus.UNKNOWN;
    }

    private static BasicOCSPResp parse(byte[] der) throws OcspUnavailableException {
        try {
            OCSPResp response = new OCSPResp(der);
            if (response.getStatus() != OCSPResp.SUCCESSFUL) {
                throw new OcspUnavailableException("OCSP responder refused the request (status "
                        + response.getStatus() + ")");
            }
            if (!(response.getResponseObject() instanceof BasicOCSPResp basic)) {
                throw new OcspUnavailableException("OCSP response is not a basic response");
            }
            return basic;
        } catch (IOException | OCSPException | RuntimeException e) {
            throw new OcspUnavailableException("OCSP response cannot be parsed", e);
        }
    }

    private void verifySignature(BasicOCSPResp basic, X509Certificate issuer) throws OcspUnavailableException {
        if (signedWith(basic, issuer.getPublicKey())) {
            return;
        }
        X500Name issuerName = X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
        for (X509CertificateHolder candidate : basic.getCerts()) {
            if (authorisedResponder(candidate, issuer, issuerName)) {
                PublicKey key = toX509(candidate).getPublicKey();
                if (signedWith(basic, key)) {
                    return;
                }
            }
        }
        throw new OcspUnavailableException("OCSP response is not signed by the CA or an authorised responder");
    }

    private boolean authorisedResponder(X509CertificateHolder candidate, X509Certificate issuer, X500Name issuerName)
            throws OcspUnavailableException {
        if (!candidate.getIssuer().equals(issuerName) || !candidate.isValidOn(Date.from(clock.instant()))) {
            return false;
        }
        try {
            if (!candidate.isSignatureValid(verifierFor(issuer.getPublicKey()))) {
                return false;
            }
            List<String> eku = toX509(candidate).getExtendedKeyUsage();
            return eku != null && eku.contains(OCSP_SIGNING);
        } catch (CertificateParsingException | org.bouncycastle.cert.CertException | RuntimeException e) {
            return false;
        }
    }

    private static boolean signedWith(BasicOCSPResp basic, PublicKey key) throws OcspUnavailableException {
        try {
            return basic.isSignatureValid(verifierFor(key));
        } catch (OCSPException | RuntimeException e) {
            return false;
        }
    }

    private static ContentVerifierProvider verifierFor(PublicKey key) throws OcspUnavailableException {
        try {
            return new JcaContentVerifierProviderBuilder().build(key);
        } catch (OperatorCreationException e) {
            throw new OcspUnavailableException("Cannot verify OCSP signatures", e);
        }
    }

    private static X509Certificate toX509(X509CertificateHolder holder) throws OcspUnavailableException {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new OcspUnavailableException("OCSP responder certificate cannot be read", e);
        }
    }

    private static SingleResp find(BasicOCSPResp basic, CertificateID id) throws OcspUnavailableException {
        for (SingleResp single : basic.getResponses()) {
            CertificateID other = single.getCertID();
            if (other.getHashAlgOID().equals(id.getHashAlgOID())
                    && Arrays.equals(other.getIssuerNameHash(), id.getIssuerNameHash())
                    && Arrays.equals(other.getIssuerKeyHash(), id.getIssuerKeyHash())
                    && other.getSerialNumber().equals(id.getSerialNumber())) {
                return single;
            }
        }
        throw new OcspUnavailableException("OCSP response does not answer for the certificate asked about");
    }

    private void checkFreshness(SingleResp single) throws OcspUnavailableException {
        Instant now = clock.instant();
        Date thisUpdateDate = single.getThisUpdate();
        if (thisUpdateDate == null) {
            throw new OcspUnavailableException("OCSP response has no thisUpdate");
        }
        Instant thisUpdate = thisUpdateDate.toInstant();
        if (thisUpdate.isAfter(now.plus(settings.allowedSkew()))) {
            throw new OcspUnavailableException("OCSP response thisUpdate is in the future");
        }
        if (thisUpdate.isBefore(now.minus(settings.maxResponseAge()))) {
            throw new OcspUnavailableException("OCSP response is stale (thisUpdate too old)");
        }
        Date nextUpdate = single.getNextUpdate();
        if (nextUpdate != null && nextUpdate.toInstant().isBefore(now.minus(settings.allowedSkew()))) {
            throw new OcspUnavailableException("OCSP response is stale (nextUpdate passed)");
        }
    }
}
