package be.digitalkeys.appclient;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * The device key of the phone app: EC P-256, public key sent as base64url of its DER
 * SubjectPublicKeyInfo, payloads signed with ECDSA / SHA-256 in P1363 form (r‖s, as WebCrypto).
 */
public final class DeviceKeys {

    /** The JCA name of P-256. */
    public static final String CURVE = "secp256r1";
    /** ECDSA P-256 / SHA-256 with the 64-byte r‖s signature. */
    public static final String SIGNATURE_ALGORITHM = "SHA256withECDSAinP1363Format";
    /** Longest accepted encoded public key (a P-256 key is 124 characters). */
    public static final int MAX_ENCODED_KEY_CHARS = 1024;
    /** Longest accepted payload, in bytes once decoded. */
    public static final int MAX_PAYLOAD_BYTES = 8192;
    /** Length of a P1363 P-256 signature. */
    public static final int SIGNATURE_BYTES = 64;

    private static final int MAX_PAYLOAD_CHARS = (MAX_PAYLOAD_BYTES * 4 + 2) / 3;
    private static final ECParameterSpec P256 = p256();

    private DeviceKeys() {
    }

    /** A new P-256 key pair. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(CURVE));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No P-256 in this JVM", e);
        }
    }

    /** Base64url (no padding) of the key's DER SubjectPublicKeyInfo. */
    public static String encodePublicKey(PublicKey key) {
        return Base64Url.encode(key.getEncoded());
    }

    /**
     * Reads a key encoded by {@link #encodePublicKey}; only P-256 keys whose point is on the
     * curve are accepted.
     */
    public static ECPublicKey decodePublicKey(String encoded) throws InvalidDeviceKeyException {
        if (encoded == null || encoded.isEmpty() || encoded.length() > MAX_ENCODED_KEY_CHARS) {
            throw new InvalidDeviceKeyException(InvalidDeviceKeyException.Reason.MALFORMED, "Missing or too long");
        }
        byte[] der;
        try {
            der = Base64Url.decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new InvalidDeviceKeyException(InvalidDeviceKeyException.Reason.MALFORMED, "Not base64url");
        }
        PublicKey key = parse(der);
        if (!(key instanceof ECPublicKey ec)) {
            throw new InvalidDeviceKeyException(InvalidDeviceKeyException.Reason.NOT_EC, "Not an EC key");
        }
        if (!isP256(ec.getParams())) {
            throw new InvalidDeviceKeyException(InvalidDeviceKeyException.Reason.WRONG_CURVE, "Not a P-256 key");
        }
        if (!isOnCurve(ec.getW())) {
            throw new InvalidDeviceKeyException(InvalidDeviceKeyException.Reason.NOT_ON_CURVE, "Point not on P-256");
        }
        return ec;
    }

    /** Signs the payload bytes with the device's private key. */
    public static SignedMessage sign(PrivateKey key, byte[] payload) {
        try {
            Signature signature = Signature.getInstance(SIGNATURE_ALGORITHM);
            signature.initSign(key);
            signature.update(payload);
            return SignedMessage.of(payload, signature.sign());
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not an EC private key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ECDSA signing failed", e);
        }
    }

    /**
     * Checks the message's signature with the key and returns the payload bytes it covers.
     *
     * @throws BadSignatureException the message is malformed, too large, or does not verify
     */
    public static byte[] verify(PublicKey key, SignedMessage message) throws BadSignatureException {
        if (message == null || message.payload() == null || message.signature() == null) {
            throw new BadSignatureException(BadSignatureException.Reason.MALFORMED, "Missing payload or signature");
        }
        if (message.payload().length() > MAX_PAYLOAD_CHARS) {
            throw new BadSignatureException(BadSignatureException.Reason.PAYLOAD_TOO_LARGE, "Payload too large");
        }
        byte[] payload = decode(message.payload());
        if (payload.length > MAX_PAYLOAD_BYTES) {
            throw new BadSignatureException(BadSignatureException.Reason.PAYLOAD_TOO_LARGE, "Payload too large");
        }
        if (message.signature().length() > 2 * SIGNATURE_BYTES) {
            throw new BadSignatureException(BadSignatureException.Reason.WRONG_SIGNATURE_LENGTH, "Signature too long");
        }
        byte[] signature = decode(message.signature());
        if (signature.length != SIGNATURE_BYTES) {
            throw new BadSignatureException(BadSignatureException.Reason.WRONG_SIGNATURE_LENGTH,
                    "Signature is " + signature.length + " bytes, not " + SIGNATURE_BYTES);
        }
        if (!inRange(signature, 0) || !inRange(signature, SIGNATURE_BYTES / 2) || !verifies(key, payload, signature)) {
            throw new BadSignatureException(BadSignatureException.Reason.DOES_NOT_VERIFY, "Signature does not verify");
        }
        return payload;
    }

    private static byte[] decode(String text) throws BadSignatureException {
        try {
            return Base64Url.decode(text);
        } catch (IllegalArgumentException e) {
            throw new BadSignatureException(BadSignatureException.Reason.MALFORMED, "Not base64url");
        }
    }

    /** r and s must lie in [1, n-1]; checked here too, whatever the JVM does (CVE-2022-21449). */
    private static boolean inRange(byte[] signature, int offset) {
        BigInteger value = new BigInteger(1, Arrays.copyOfRange(signature, offset, offset + SIGNATURE_BYTES / 2));
        return value.signum() > 0 && value.compareTo(P256.getOrder()) < 0;
    }

    private static boolean verifies(PublicKey key, byte[] payload, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
            verifier.initVerify(key);
            verifier.update(payload);
            return verifier.verify(signature);
        } catch (InvalidKeyException | SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ECDSA verification unavailable", e);
        }
    }

    private static PublicKey parse(byte[] der) throws InvalidDeviceKeyException {
        X509EncodedKeySpec spec = new X509EncodedKeySpec(der);
        for (String algorithm : new String[] {"EC", "RSA", "Ed25519", "DSA"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(spec);
            } catch (InvalidKeySpecException | RuntimeException e) {
                // not this algorithm (or not a key at all): try the next one
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Key factory unavailable: " + algorithm, e);
            }
        }
        throw new InvalidDeviceKeyException(InvalidDeviceKeyException.Reason.MALFORMED, "Not a SubjectPublicKeyInfo");
    }

    private static boolean isP256(ECParameterSpec params) {
        return params != null
                && params.getCurve().getField().equals(P256.getCurve().getField())
                && params.getCurve().getA().equals(P256.getCurve().getA())
                && params.getCurve().getB().equals(P256.getCurve().getB())
                && params.getGenerator().equals(P256.getGenerator())
                && params.getOrder().equals(P256.getOrder())
                && params.getCofactor() == P256.getCofactor();
    }

    private static boolean isOnCurve(ECPoint point) {
        if (point == null || ECPoint.POINT_INFINITY.equals(point)) {
            return false;
        }
        BigInteger p = ((ECFieldFp) P256.getCurve().getField()).getP();
        BigInteger x = point.getAffineX();
        BigInteger y = point.getAffineY();
        if (x.signum() < 0 || x.compareTo(p) >= 0 || y.signum() < 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger left = y.multiply(y).mod(p);
        BigInteger right = x.pow(3).add(P256.getCurve().getA().multiply(x)).add(P256.getCurve().getB()).mod(p);
        return left.equals(right);
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(CURVE));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No P-256 in this JVM", e);
        }
    }
}
