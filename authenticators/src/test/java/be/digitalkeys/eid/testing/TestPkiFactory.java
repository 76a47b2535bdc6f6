package be.digitalkeys.eid.testing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Builds certificates for tests (and for the committed TEST PKI): a small fluent X.509 v3 builder. */
public final class TestPkiFactory {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestPkiFactory() {
    }

    public static KeyPair ec(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An eID-like subject: {@code C=BE, CN=<given> <surname> (Authentication), SN, GN, serialNumber}. */
    public static X500Name eidSubject(String country, String givenNames, String surname, String serialNumber) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
        if (country != null) {
            name.addRDN(BCStyle.C, country);
        }
        name.addRDN(BCStyle.CN, givenNames + " " + surname + " (Authentication)");
        name.addRDN(BCStyle.SURNAME, surname);
        name.addRDN(BCStyle.GIVENNAME, givenNames);
        if (serialNumber != null) {
            name.addRDN(BCStyle.SERIALNUMBER, serialNumber);
        }
        return name.build();
    }

    public static CertificateSpec certificate() {
        return new CertificateSpec();
    }

    /** What goes into one certificate; {@link #build()} signs it. */
    public static final class CertificateSpec {
        private X500Name subject;
        private PublicKey publicKey;
        private X500Name issuer;
        private PrivateKey issuerKey;
        private PublicKey issuerPublicKey;
        private Instant notBefore = Instant.parse("2025-01-01T00:00:00Z");
        private Instant notAfter = Instant.parse("2035-01-01T00:00:00Z");
        private BigInteger serial = new BigInteger(120, RANDOM).setBit(119);
        private Integer caPathLength;
        private boolean ca;
        private Integer keyUsage;
        private final List<KeyPurposeId> extendedKeyUsages = new ArrayList<>();
        private String ocspUrl;
        private String caIssuersUrl;
        private String policy;
        private boolean ocspNoCheck;
        private String signatureAlgorithm;

        public CertificateSpec subject(String dn) {
            return subject(new X500Name(BCStyle.INSTANCE, dn));
        }

        public CertificateSpec subject(X500Name name) {
            this.subject = name;
            return this;
        }

        public CertificateSpec publicKey(PublicKey key) {
            this.publicKey = key;
            return this;
        }

        public CertificateSpec issuedBy(X509Certificate issuerCert, PrivateKey key) {
            this.issuer = X500Name.getInstance(issuerCert.getSubjectX500Principal().getEncoded());
            this.issuerKey = key;
            this.issuerPublicKey = issuerCert.getPublicKey();
            return this;
        }

        /** Self-signed with the key pair, which also becomes the subject key. */
        public CertificateSpec selfSigned(KeyPair pair) {
            this.issuer = null;
            this.publicKey = pair.getPublic();
            this.issuerKey = pair.getPrivate();
            this.issuerPublicKey = pair.getPublic();
            return this;
        }

        public CertificateSpec validity(Instant from, Instant to) {
            this.notBefore = from;
            this.notAfter = to;
            return this;
        }

        public CertificateSpec serial(BigInteger value) {
            this.serial = value;
            return this;
        }

        /** A CA: basicConstraints CA (critical), keyCertSign + cRLSign unless key usage is set. */
        public CertificateSpec ca(Integer pathLength) {
            this.ca = true;
            this.caPathLength = pathLength;
            return this;
        }

        /** E.g. {@code KeyUsage.digitalSignature}; critical. */
        public CertificateSpec keyUsage(int bits) {
            this.keyUsage = bits;
            return this;
        }

        public CertificateSpec extendedKeyUsage(KeyPurposeId purpose) {
            this.extendedKeyUsages.add(purpose);
            return this;
        }

        public CertificateSpec ocspUrl(String url) {
            this.ocspUrl = url;
            return this;
        }

        public CertificateSpec caIssuersUrl(String url) {
            this.caIssuersUrl = url;
            return this;
        }

        public CertificateSpec policy(String oid) {
            this.policy = oid;
            return this;
        }

        public CertificateSpec ocspNoCheck() {
            this.ocspNoCheck = true;
            return this;
        }

        public CertificateSpec signatureAlgorithm(String name) {
            this.signatureAlgorithm = name;
            return this;
        }

        public X509Certificate build() {
            try {
                X500Name issuerName = issuer != null ? issuer : subject;
                X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName, serial,
                        Date.from(notBefore), Date.from(notAfter), subject, publicKey);
                JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
                builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(publicKey));
                builder.addExtension(Extension.authorityKeyIdentifier, false,
                        utils.createAuthorityKeyIdentifier(issuerPublicKey));
                if (ca) {
                    builder.addExtension(Extension.basicConstraints, true,
                            caPathLength == null ? new BasicConstraints(true) : new BasicConstraints(caPathLength));
                }
                int usage = keyUsage != null ? keyUsage : ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : -1;
                if (usage != -1) {
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
                }
                if (!extendedKeyUsages.isEmpty()) {
                    builder.addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(extendedKeyUsages.toArray(KeyPurposeId[]::new)));
                }
                List<AccessDescription> access = new ArrayList<>();
                if (ocspUrl != null) {
                    access.add(new AccessDescription(AccessDescription.id_ad_ocsp,
                            new GeneralName(GeneralName.uniformResourceIdentifier, ocspUrl)));
                }
                if (caIssuersUrl != null) {
                    access.add(new AccessDescription(AccessDescription.id_ad_caIssuers,
                            new GeneralName(GeneralName.uniformResourceIdentifier, caIssuersUrl)));
                }
                if (!access.isEmpty()) {
                    builder.addExtension(Extension.authorityInfoAccess, false,
                            new AuthorityInformationAccess(access.toArray(AccessDescription[]::new)));
                }
                if (policy != null) {
                    builder.addExtension(Extension.certificatePolicies, false,
                            new CertificatePolicies(new PolicyInformation(new ASN1ObjectIdentifier(policy))));
                }
                if (ocspNoCheck) {
                    builder.addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE);
                }
                String algorithm = signatureAlgorithm != null ? signatureAlgorithm
                        : issuerKey instanceof ECKey ec
                                ? (ec.getParams().getOrder().bitLength() > 256 ? "SHA384withECDSA" : "SHA256withECDSA")
                                : "SHA256withRSA";
                return new JcaX509CertificateConverter()
                        .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(issuerKey)));
            } catch (Exception e) {
                throw new IllegalStateException("Cannot build the test certificate", e);
            }
        }
    }
}
