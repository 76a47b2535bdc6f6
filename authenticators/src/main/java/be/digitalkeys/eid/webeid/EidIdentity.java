package be.digitalkeys.eid.webeid;

import java.security.cert.X509Certificate;
import java.text.Normalizer;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

import be.digitalkeys.eid.niss.InvalidNissException;
import be.digitalkeys.eid.niss.Niss;

/**
 * Step 8: who the certificate belongs to, from its subject: country BE, serialNumber a national
 * register number, names from SN and GN (never from CN), Unicode NFC.
 */
record EidIdentity(Niss niss, String givenNames, String surname) {

    static EidIdentity of(X509Certificate certificate) throws NotABelgianEidException {
        X500Name subject;
        try {
            subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        } catch (IllegalArgumentException e) {
            throw new NotABelgianEidException("The certificate subject cannot be read");
        }
        String country = single(subject, BCStyle.C, true);
        if (!"BE".equals(country)) {
            throw new NotABelgianEidException("The certificate subject's country is not BE");
        }
        String serial = single(subject, BCStyle.SERIALNUMBER, true);
        Niss niss;
        try {
            niss = Niss.parse(serial);
        } catch (InvalidNissException e) {
            throw new NotABelgianEidException("The certificate subject's serialNumber is not a national register number");
        }
        if (!niss.digits().equals(serial)) {
            throw new NotABelgianEidException("The certificate subject's serialNumber is not 11 digits");
        }
        String surname = name(single(subject, BCStyle.SURNAME, true));
        String given = single(subject, BCStyle.GIVENNAME, false);
        String givenNames = given == null ? "" : name(given);
        if (surname.isEmpty()) {
            throw new NotABelgianEidException("The certificate subject has an empty surname");
        }
        return new EidIdentity(niss, givenNames, surname);
    }

    private static String name(String value) throws NotABelgianEidException {
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        for (int i = 0; i < normalised.length(); i++) {
            if (Character.isISOControl(normalised.charAt(i))) {
                throw new NotABelgianEidException("The certificate subject's names contain control characters");
            }
        }
        return normalised;
    }

    /** The value of the one attribute of this type; null when absent and optional. */
    private static String single(X500Name subject, ASN1ObjectIdentifier type, boolean required)
            throws NotABelgianEidException {
        String found = null;
        for (RDN rdn : subject.getRDNs(type)) {
            for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                if (!atv.getType().equals(type)) {
                    continue;
                }
                if (found != null) {
                    throw new NotABelgianEidException("The certificate subject repeats an attribute");
                }
                ASN1Encodable value = atv.getValue();
                if (!(value instanceof ASN1String text)) {
                    throw new NotABelgianEidException("The certificate subject holds a non-text attribute");
                }
                found = text.getString();
            }
        }
        if (found == null && required) {
            throw new NotABelgianEidException("The certificate subject lacks a required attribute");
        }
        return found;
    }
}
