package be.digitalkeys.eid.ocsp;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.X509Certificate;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;

/** Reads the OCSP responder address from a certificate's Authority Information Access. */
public final class OcspUrls {

    private OcspUrls() {
    }

    /** The first http(s) OCSP URL of the AIA extension, if any. */
    public static Optional<URI> responderUrl(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (extension == null) {
            return Optional.empty();
        }
        AuthorityInformationAccess aia;
        try {
            aia = AuthorityInformationAccess.getInstance(ASN1OctetString.getInstance(extension).getOctets());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (AccessDescription description : aia.getAccessDescriptions()) {
            GeneralName location = description.getAccessLocation();
            if (AccessDescription.id_ad_ocsp.equals(description.getAccessMethod())
                    && location.getTagNo() == GeneralName.uniformResourceIdentifier) {
                try {
                    URI uri = new URI(ASN1IA5String.getInstance(location.getName()).getString());
                    if (OcspSettings.isHttp(uri)) {
                        return Optional.of(uri);
                    }
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // try the next one
                }
            }
        }
        return Optional.empty();
    }
}
