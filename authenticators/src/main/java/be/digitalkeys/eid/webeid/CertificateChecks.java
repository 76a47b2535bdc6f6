package be.digitalkeys.eid.webeid;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;

/** Steps 4 to 6: parse the certificate, check its validity period and that it is for authentication. */
final class CertificateChecks {

    static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    /**
     * The Belgian eID authentication certificate policies, {@code 2.16.56.<root>.1.1.2.2} for
     * citizens and {@code ...1.1.7.2} for foreigners, under each root's arc (Root CA 1, CA2 9,
     * CA3 10, CA4 12, and newer roots on the same scheme). The signature certificates ({@code .1})
     * and the CAs' own policies do not match.
     */
    static final Pattern BELGIAN_AUTHENTICATION_POLICY = Pattern.compile("2\\.16\\.56\\.\\d{1,4}\\.1\\.1\\.[27]\\.2");
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private CertificateChecks() {
    }

    /** Step 4: one DER X.509 certificate, nothing else. */
    static X509Certificate parse(byte[] der) throws CertificateMalformedException {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            ByteArrayInputStream in = new ByteArrayInputStream(der);
            X509Certificate certificate = (X509Certificate) factory.generateCertificate(in);
            if (in.available() != 0) {
                throw new CertificateMalformedException("Trailing data after the certificate");
            }
            if (der[0] != 0x30) {
                throw new CertificateMalformedException("The certificate is not DER encoded");
            }
            return certificate;
        } catch (CertificateException | RuntimeException e) {
            throw new CertificateMalformedException("The certificate cannot be parsed", e);
        }
    }

    /** Step 5: valid at {@code now}. */
    static void checkValidity(X509Certificate certificate, Instant now)
            throws CertificateExpiredException, CertificateNotYetValidException {
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            throw new CertificateNotYetValidException("The certificate is not valid yet");
        }
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            throw new CertificateExpiredException("The certificate has expired");
        }
    }

    /**
     * Step 6 (continued): the certificate carries a Belgian eID authentication policy (or one of
     * {@code extraPolicies}): a certificate of the same CAs made for another purpose is refused.
     */
    static void checkPolicy(X509Certificate certificate, Set<String> extraPolicies)
            throws WrongCertificatePurposeException, CertificateMalformedException {
        for (String policy : policies(certificate)) {
            if (BELGIAN_AUTHENTICATION_POLICY.matcher(policy).matches() || extraPolicies.contains(policy)) {
                return;
            }
        }
        throw new WrongCertificatePurposeException("The certificate carries no eID authentication policy");
    }

    static List<String> policies(X509Certificate certificate) throws CertificateMalformedException {
        byte[] extension = certificate.getExtensionValue(Extension.certificatePolicies.getId());
        if (extension == null) {
            return List.of();
        }
        try {
            CertificatePolicies policies = CertificatePolicies.getInstance(
                    ASN1OctetString.getInstance(extension).getOctets());
            return Arrays.stream(policies.getPolicyInformation())
                    .map(info -> info.getPolicyIdentifier().getId()).toList();
        } catch (RuntimeException e) {
            throw new CertificateMalformedException("The certificate policies cannot be parsed", e);
        }
    }

    /**
     * Step 6: an end-entity certificate with key usage digitalSignature but not nonRepudiation
     * (that is the eID's signature certificate) and extended key usage clientAuth.
     */
    static void checkPurpose(X509Certificate certificate)
            throws WrongCertificatePurposeException, CertificateMalformedException {
        if (certificate.getBasicConstraints() != -1) {
            throw new WrongCertificatePurposeException("The certificate is a CA certificate");
        }
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage == null || keyUsage.length <= DIGITAL_SIGNATURE || !keyUsage[DIGITAL_SIGNATURE]) {
            throw new WrongCertificatePurposeException("The certificate's key usage lacks digitalSignature");
        }
        if (keyUsage.length > NON_REPUDIATION && keyUsage[NON_REPUDIATION]) {
            throw new WrongCertificatePurposeException("A signature (non-repudiation) certificate cannot authenticate");
        }
        List<String> extendedKeyUsage;
        try {
            extendedKeyUsage = certificate.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            throw new CertificateMalformedException("The extended key usage cannot be parsed", e);
        }
        if (extendedKeyUsage == null || !extendedKeyUsage.contains(CLIENT_AUTH)) {
            throw new WrongCertificatePurposeException("The certificate's extended key usage lacks clientAuth");
        }
    }
}
