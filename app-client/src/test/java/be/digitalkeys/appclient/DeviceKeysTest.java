package be.digitalkeys.appclient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceKeysTest {

    private static final byte[] PAYLOAD = "{\"typ\":\"dk-app-view\",\"ts\":1}".getBytes(StandardCharsets.UTF_8);

    private final KeyPair keys = DeviceKeys.generate();

    @Test
    void signedPayload_verifies_andComesBackUnchanged() throws Exception {
        SignedMessage message = DeviceKeys.sign(keys.getPrivate(), PAYLOAD);
        assertArrayEquals(PAYLOAD, DeviceKeys.verify(keys.getPublic(), message));
        assertArrayEquals(PAYLOAD, message.payloadBytes());
        assertEquals(64, Base64.getUrlDecoder().decode(message.signature()).length);
        assertTrue(message.payload().matches("[A-Za-z0-9_-]+") && message.signature().matches("[A-Za-z0-9_-]+"));
    }

    @Test
    void publicKey_roundTrips_throughItsEncoding() throws Exception {
        String encoded = DeviceKeys.encodePublicKey(keys.getPublic());
        ECPublicKey decoded = DeviceKeys.decodePublicKey(encoded);
        assertEquals(keys.getPublic(), decoded);
        assertEquals(encoded, Base64.getUrlEncoder().withoutPadding().encodeToString(keys.getPublic().getEncoded()));
    }

    @Test
    void tamperedPayload_doesNotVerify() {
        SignedMessage message = DeviceKeys.sign(keys.getPrivate(), PAYLOAD);
        byte[] changed = PAYLOAD.clone();
        changed[changed.length - 2] = '2';
        SignedMessage tampered = new SignedMessage(Base64.getUrlEncoder().withoutPadding().encodeToString(changed), message.signature());
        assertReason(BadSignatureException.Reason.DOES_NOT_VERIFY, tampered);
    }

    @Test
    void tamperedSignature_doesNotVerify() {
        SignedMessage message = DeviceKeys.sign(keys.getPrivate(), PAYLOAD);
        byte[] signature = Base64.getUrlDecoder().decode(message.signature());
        signature[40] ^= 1;
        assertReason(BadSignatureException.Reason.DOES_NOT_VERIFY, SignedMessage.of(PAYLOAD, signature));
    }

    @Test
    void messageSignedByAnotherKey_doesNotVerify() {
        SignedMessage message = DeviceKeys.sign(DeviceKeys.generate().getPrivate(), PAYLOAD);
        assertReason(BadSignatureException.Reason.DOES_NOT_VERIFY, message);
    }

    @Test
    void zeroSignature_doesNotVerify() {
        assertReason(BadSignatureException.Reason.DOES_NOT_VERIFY, SignedMessage.of(PAYLOAD, new byte[64]));
        byte[] orderAsS = new byte[64];
        orderAsS[0] = 1;
        byte[] n = new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16).toByteArray();
        System.arraycopy(n, n.length - 32, orderAsS, 32, 32);
        assertReason(BadSignatureException.Reason.DOES_NOT_VERIFY, SignedMessage.of(PAYLOAD, orderAsS));
    }

    @Test
    void derSignature_hasTheWrongLength() {
        assertReason(BadSignatureException.Reason.WRONG_SIGNATURE_LENGTH, SignedMessage.of(PAYLOAD, new byte[70]));
        assertReason(BadSignatureException.Reason.WRONG_SIGNATURE_LENGTH, SignedMessage.of(PAYLOAD, new byte[63]));
        assertReason(BadSignatureException.Reason.WRONG_SIGNATURE_LENGTH, SignedMessage.of(PAYLOAD, new byte[4000]));
    }

    @Test
    void oversizePayload_isRefusedBeforeVerifying() {
        byte[] big = new byte[DeviceKeys.MAX_PAYLOAD_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        assertReason(BadSignatureException.Reason.PAYLOAD_TOO_LARGE, DeviceKeys.sign(keys.getPrivate(), big));
        byte[] limit = Arrays.copyOf(big, DeviceKeys.MAX_PAYLOAD_BYTES);
        SignedMessage atLimit = DeviceKeys.sign(keys.getPrivate(), limit);
        assertEquals(DeviceKeys.MAX_PAYLOAD_BYTES, assertVerifies(atLimit).length);
    }

    @Test
    void garbageMessages_areMalformed() {
        SignedMessage good = DeviceKeys.sign(keys.getPrivate(), PAYLOAD);
        assertReason(BadSignatureException.Reason.MALFORMED, null);
        assertReason(BadSignatureException.Reason.MALFORMED, new SignedMessage(null, good.signature()));
        assertReason(BadSignatureException.Reason.MALFORMED, new SignedMessage(good.payload(), null));
        assertReason(BadSignatureException.Reason.MALFORMED, new SignedMessage(good.payload() + "=", good.signature()));
        assertReason(BadSignatureException.Reason.MALFORMED, new SignedMessage("a+b/", good.signature()));
        assertReason(BadSignatureException.Reason.MALFORMED, new SignedMessage(good.payload(), good.signature().replace('-', '+') + "!"));
        assertReason(BadSignatureException.Reason.MALFORMED, new SignedMessage("A", good.signature()));
    }

    @Test
    void p384Key_isRefused_asWrongCurve() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        String encoded = DeviceKeys.encodePublicKey(generator.generateKeyPair().getPublic());
        assertKeyReason(InvalidDeviceKeyException.Reason.WRONG_CURVE, encoded);
    }

    @Test
    void rsaKey_isRefused_asNotEc() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String encoded = DeviceKeys.encodePublicKey(generator.generateKeyPair().getPublic());
        assertKeyReason(InvalidDeviceKeyException.Reason.NOT_EC, encoded);
    }

    @Test
    void pointOffTheCurve_isRefused() {
        byte[] der = keys.getPublic().getEncoded();
        der[der.length - 1] ^= 1; // last byte of y: the point leaves the curve
        assertKeyReason(InvalidDeviceKeyException.Reason.NOT_ON_CURVE, Base64.getUrlEncoder().withoutPadding().encodeToString(der));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not a key", "AAAA", "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE", "a+b/c==="})
    void garbageKeys_areMalformed(String encoded) {
        assertKeyReason(InvalidDeviceKeyException.Reason.MALFORMED, encoded);
    }

    @Test
    void overlongKey_isRefused_beforeDecoding() {
        String padded = DeviceKeys.encodePublicKey(keys.getPublic()) + "A".repeat(DeviceKeys.MAX_ENCODED_KEY_CHARS);
        assertKeyReason(InvalidDeviceKeyException.Reason.MALFORMED, padded);
    }

    @Test
    void paddedEncoding_isRefused() {
        String encoded = Base64.getUrlEncoder().encodeToString(keys.getPublic().getEncoded());
        assertTrue(encoded.endsWith("="), "a P-256 SubjectPublicKeyInfo (91 bytes) needs padding");
        assertKeyReason(InvalidDeviceKeyException.Reason.MALFORMED, encoded);
    }

    private byte[] assertVerifies(SignedMessage message) {
        try {
            return DeviceKeys.verify(keys.getPublic(), message);
        } catch (BadSignatureException e) {
            throw new AssertionError(e);
        }
    }

    private void assertReason(BadSignatureException.Reason reason, SignedMessage message) {
        assertEquals(reason, assertThrows(BadSignatureException.class, () -> DeviceKeys.verify(keys.getPublic(), message)).reason());
    }

    private static void assertKeyReason(InvalidDeviceKeyException.Reason reason, String encoded) {
        assertEquals(reason, assertThrows(InvalidDeviceKeyException.class, () -> DeviceKeys.decodePublicKey(encoded)).reason());
    }
}
