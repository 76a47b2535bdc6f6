package be.digitalkeys.eid;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;

import be.digitalkeys.eid.niss.InvalidNissException;
import be.digitalkeys.eid.niss.Niss;
import com.fasterxml.jackson.databind.JsonNode;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.keycloak.util.JsonSerialization;

/**
 * Whose card signed a token whose signature was refused. Only asked after the validator has
 * checked everything but the signature (the signature is its last step), so the certificate is
 * trusted, valid and not revoked: the failure can be counted against that person.
 */
final class EidTokens {

    private EidTokens() {
    }

    static Optional<String> signerNiss(String tokenJson) {
        try {
            JsonNode token = JsonSerialization.readValue(tokenJson, JsonNode.class);
            byte[] der = Base64.getDecoder().decode(token.path("unverifiedCertificate").asText(""));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            RDN[] serial = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.SERIALNUMBER);
            if (serial.length != 1) {
                return Optional.empty();
            }
            return Optional.of(Niss.parse(IETFUtils.valueToString(serial[0].getFirst().getValue())).digits());
        } catch (InvalidNissException | RuntimeException | java.io.IOException | java.security.cert.CertificateException e) {
            return Optional.empty();
        }
    }
}
