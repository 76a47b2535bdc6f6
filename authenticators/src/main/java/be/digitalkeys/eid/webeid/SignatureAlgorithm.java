package be.digitalkeys.eid.webeid;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Optional;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The JWA algorithm names a Web eID token may carry, and what each means: the hash applied to
 * origin and nonce, the key type, and the JCA signature scheme.
 *
 * <p>Signed data (Web eID 1.x): {@code hash(origin) || hash(nonce)}, which the signature scheme
 * hashes again. ES* signatures are raw {@code R || S} (IEEE P1363), PS* are RSASSA-PSS with MGF1
 * of the same hash and a salt as long as the hash, RS* are RSASSA-PKCS1-v1_5.
 */
public enum SignatureAlgorithm {
    ES256("SHA-256", "EC"),
    ES384("SHA-384", "EC"),
    ES512("SHA-512", "EC"),
    PS256("SHA-256", "RSA"),
    PS384("SHA-384", "RSA"),
    PS512("SHA-512", "RSA"),
    RS256("SHA-256", "RSA"),
    RS384("SHA-384", "RSA"),
    RS512("SHA-512", "RSA");

    private final String hash;
    private final String keyType;

    SignatureAlgorithm(String hash, String keyType) {
        this.hash = hash;
        this.keyType = keyType;
    }

    /** The algorithm with this exact (case-sensitive) JWA name; empty for anything else. */
    public static Optional<SignatureAlgorithm> fromName(String name) {
        for (SignatureAlgorithm a : values()) {
            if (a.name().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** "SHA-256", "SHA-384" or "SHA-512". */
    public String hashAlgorithm() {
        return hash;
    }

    /** "EC" or "RSA". */
    public String keyType() {
        return keyType;
    }

    /** Whether a key of this type can make this kind of signature. */
    public boolean fits(PublicKey key) {
        return "EC".equals(keyType) ? key instanceof ECPublicKey : key instanceof RSAPublicKey;
    }

    /** {@code hash(origin UTF-8) || hash(nonce UTF-8)}. */
    public byte[] signedData(String origin, String nonce) {
        MessageDigest digest = digest();
        byte[] originHash = digest.digest(origin.getBytes(StandardCharsets.UTF_8));
        byte[] nonceHash = digest.digest(nonce.getBytes(StandardCharsets.UTF_8));
        byte[] data = new byte[originHash.length + nonceHash.length];
        System.arraycopy(originHash, 0, data, 0, originHash.length);
        System.arraycopy(nonceHash, 0, data, originHash.length, nonceHash.length);
        return data;
    }

    /**
     * A fresh JCA signature object for this scheme (ES* in P1363 format, i.e. raw R||S).
     * Not shared: {@link Signature} is not thread-safe.
     *
     * <p>ES* use BouncyCastle's "PLAIN-ECDSA": about three times faster than the JDK's
     * "withECDSAinP1363Format" for P-384 (the curve of the newest cards), same encoding.
     */
    public Signature newSignature() throws GeneralSecurityException {
        String bits = hash.substring(4);
        switch (this) {
            case ES256, ES384, ES512:
                return Signature.getInstance("SHA" + bits + "withPLAIN-ECDSA", BouncyCastle.PROVIDER);
            case RS256, RS384, RS512:
                return Signature.getInstance("SHA" + bits + "withRSA");
            default:
                Signature pss = Signature.getInstance("RSASSA-PSS");
                pss.setParameter(new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash),
                        Integer.parseInt(bits) / 8, PSSParameterSpec.TRAILER_FIELD_BC));
                return pss;
        }
    }

    /** For ES*: the only valid signature length for this key ({@code 2 x} the order size in bytes); -1 otherwise. */
    public int rawSignatureLength(PublicKey key) {
        if (key instanceof ECPublicKey ec && "EC".equals(keyType)) {
            return 2 * ((ec.getParams().getOrder().bitLength() + 7) / 8);
        }
        return -1;
    }

    /** The registered "BC" provider when there is one (Keycloak registers it), else a private instance. */
    private static final class BouncyCastle {
        static final Provider PROVIDER = Security.getProvider("BC") instanceof BouncyCastleProvider registered
                ? registered
                : new BouncyCastleProvider();
    }

    private MessageDigest digest() {
        try {
            return MessageDigest.getInstance(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(hash + " missing from the JDK", e);
        }
    }
}
