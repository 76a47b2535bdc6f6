package be.digitalkeys.eid.webeid;

import static be.digitalkeys.eid.testing.Tokens.ORIGIN;
import static be.digitalkeys.eid.webeid.AuthTokenValidatorTest.EC256;
import static be.digitalkeys.eid.webeid.AuthTokenValidatorTest.EC256_CERT;
import static be.digitalkeys.eid.webeid.AuthTokenValidatorTest.RSA;
import static be.digitalkeys.eid.webeid.AuthTokenValidatorTest.RSA_CERT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Arrays;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

import be.digitalkeys.eid.dev.WebEidTokens;
import be.digitalkeys.eid.testing.Tokens;

/**
 * The signed data and signature encodings, checked against signatures made independently of
 * {@link SignatureAlgorithm} (plain DER ECDSA converted by hand, BouncyCastle's PSS).
 */
class SignatureAlgorithmTest {

    private final AuthTokenValidator validator = AuthTokenValidatorTest.validator();
    private final String nonce = Tokens.nonce();

    @Test
    void namesAreExactAndCaseSensitive() {
        assertEquals(Optional.of(SignatureAlgorithm.ES384), SignatureAlgorithm.fromName("ES384"));
        assertEquals(Optional.empty(), SignatureAlgorithm.fromName("es384"));
        assertEquals(Optional.empty(), SignatureAlgorithm.fromName(null));
        assertEquals(9, SignatureAlgorithm.values().length);
    }

    @Test
    void signedData_isHashOfOriginThenHashOfNonce() throws Exception {
        MessageDigest sha384 = MessageDigest.getInstance("SHA-384");
        byte[] expected = new ByteArrayOutputStream() {
            {
                writeBytes(sha384.digest(ORIGIN.getBytes(StandardCharsets.UTF_8)));
                writeBytes(sha384.digest("bm9uY2U=".getBytes(StandardCharsets.UTF_8)));
            }
        }.toByteArray();
        assertTrue(Arrays.equals(expected, SignatureAlgorithm.ES384.signedData(ORIGIN, "bm9uY2U=")));
    }

    @Test
    void es256_derSignatureConvertedByHandToRawRS_validates() throws Exception {
        Signature der = Signature.getInstance("SHA256withECDSA");
        der.initSign(EC256.getPrivate());
        der.update(concatHashes("SHA-256"));
        byte[] raw = derToRaw(der.sign(), 32);
        validator.validate(WebEidTokens.json(EC256_CERT, "ES256", raw), ORIGIN, nonce);
    }

    @Test
    void es256_derEncodedSignature_refused() throws Exception {
        Signature der = Signature.getInstance("SHA256withECDSA");
        der.initSign(EC256.getPrivate());
        der.update(concatHashes("SHA-256"));
        byte[] derSignature = der.sign();
        Refusals.assertRefused(AuthTokenException.Reason.SIGNATURE_INVALID,
                () -> validator.validate(WebEidTokens.json(EC256_CERT, "ES256", derSignature), ORIGIN, nonce));
    }

    @Test
    void ps256_bouncyCastlePss_validates() throws Exception {
        Signature pss = Signature.getInstance("SHA256withRSAandMGF1", new BouncyCastleProvider());
        pss.initSign(RSA.getPrivate());
        pss.update(concatHashes("SHA-256"));
        validator.validate(WebEidTokens.json(RSA_CERT, "PS256", pss.sign()), ORIGIN, nonce);
    }

    @Test
    void rs512_plainPkcs1_validates() throws Exception {
        Signature rsa = Signature.getInstance("SHA512withRSA");
        rsa.initSign(RSA.getPrivate());
        rsa.update(concatHashes("SHA-512"));
        validator.validate(WebEidTokens.json(RSA_CERT, "RS512", rsa.sign()), ORIGIN, nonce);
    }

    private byte[] concatHashes(String hash) throws Exception {
        MessageDigest digest = MessageDigest.getInstance(hash);
        byte[] a = digest.digest(ORIGIN.getBytes(StandardCharsets.UTF_8));
        byte[] b = digest.digest(nonce.getBytes(StandardCharsets.UTF_8));
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] derToRaw(byte[] der, int size) {
        ASN1Sequence sequence = ASN1Sequence.getInstance(der);
        byte[] raw = new byte[2 * size];
        copyUnsigned(ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue(), raw, 0, size);
        copyUnsigned(ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue(), raw, size, size);
        return raw;
    }

    private static void copyUnsigned(BigInteger value, byte[] target, int offset, int size) {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > size ? bytes.length - size : 0;
        int length = bytes.length - start;
        System.arraycopy(bytes, start, target, offset + size - length, length);
    }
}
