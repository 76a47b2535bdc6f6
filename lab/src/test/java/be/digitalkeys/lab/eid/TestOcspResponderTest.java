package be.digitalkeys.lab.eid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

import be.digitalkeys.eid.dev.TestOcspResponder;

class TestOcspResponderTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final TestEidPki PKI = TestEidPki.load();
    private final TestOcspResponder responder = TestOcspTransport.responder(PKI, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void goodCitizen_good() throws Exception {
        assertNull(single(PKI.byId("sophie.dubois").orElseThrow()).getCertStatus());
        assertTrue(single(PKI.byId("sophie.dubois").orElseThrow()).getCertStatus() == CertificateStatus.GOOD);
    }

    @Test
    void expiredCitizen_stillGood() throws Exception {
        assertTrue(single(PKI.byId("julie.martin").orElseThrow()).getCertStatus() == CertificateStatus.GOOD);
    }

    @Test
    void revokedCitizen_revoked() throws Exception {
        assertTrue(single(PKI.byId("amelie.lefevre").orElseThrow()).getCertStatus() instanceof RevokedStatus);
    }

    @Test
    void otherSerial_unknown() throws Exception {
        BasicOCSPResp basic = basic(request(id(BigInteger.valueOf(42)), null));
        assertTrue(basic.getResponses()[0].getCertStatus() instanceof UnknownStatus);
    }

    @Test
    void otherIssuer_unknown() throws Exception {
        CertificateID foreign = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(PKI.rootCa()), PKI.citizens().get(0).certificate().getSerialNumber());
        assertTrue(basic(request(foreign, null)).getResponses()[0].getCertStatus() instanceof UnknownStatus);
    }

    @Test
    void signedByTheDelegatedSigner_withItsCertificate_timesAndNonce() throws Exception {
        byte[] nonce = {9, 8, 7, 6, 5, 4, 3, 2};
        Extension nonceExtension = new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                new DEROctetString(new DEROctetString(nonce).getEncoded()));
        BasicOCSPResp basic = basic(request(id(PKI.citizens().get(0).certificate().getSerialNumber()), nonceExtension));

        assertTrue(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(PKI.ocspSigner().getPublicKey())));
        assertEquals(1, basic.getCerts().length);
        assertArrayEquals(PKI.ocspSigner().getEncoded(), basic.getCerts()[0].getEncoded());
        SingleResp single = basic.getResponses()[0];
        assertEquals(NOW, single.getThisUpdate().toInstant());
        assertEquals(NOW.plus(Duration.ofHours(1)), single.getNextUpdate().toInstant());
        assertEquals(nonceExtension.getExtnValue(),
                basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).getExtnValue());
    }

    @Test
    void noNonceAsked_noNonceEchoed() throws Exception {
        BasicOCSPResp basic = basic(request(id(BigInteger.ONE), null));
        assertNull(basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce));
    }

    @Test
    void malformedRequest_malformedRequestResponse() throws Exception {
        for (byte[] bad : new byte[][] {{}, {0x30, 0x00}, {1, 2, 3}, "GET / HTTP/1.1".getBytes()}) {
            OCSPResp response = new OCSPResp(responder.respond(bad));
            assertEquals(OCSPResp.MALFORMED_REQUEST, response.getStatus());
            assertNull(response.getResponseObject());
        }
    }

    private SingleResp single(TestCitizen citizen) throws Exception {
        return basic(request(id(citizen.certificate().getSerialNumber()), null)).getResponses()[0];
    }

    private static CertificateID id(BigInteger serial) throws Exception {
        return new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(PKI.citizenCa()), serial);
    }

    private static byte[] request(CertificateID id, Extension nonce) throws Exception {
        OCSPReqBuilder builder = new OCSPReqBuilder().addRequest(id);
        if (nonce != null) {
            builder.setRequestExtensions(new Extensions(nonce));
        }
        return builder.build().getEncoded();
    }

    private BasicOCSPResp basic(byte[] request) throws Exception {
        OCSPResp response = new OCSPResp(responder.respond(request));
        assertEquals(OCSPResp.SUCCESSFUL, response.getStatus());
        return (BasicOCSPResp) response.getResponseObject();
    }
}
