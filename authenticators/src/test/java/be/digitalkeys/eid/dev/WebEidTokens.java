package be.digitalkeys.eid.dev;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.digitalkeys.eid.webeid.SignatureAlgorithm;

/**
 * Makes Web eID 1.0 authentication tokens the way the browser extension does, from a software
 * key (TEST citizens, tests).
 */
public final class WebEidTokens {

    public static final String FORMAT = "web-eid:1.0";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WebEidTokens() {
    }

    /** The raw signature (ES*: R||S) over {@code hash(origin) || hash(nonce)}. */
    public static byte[] signature(PrivateKey key, String algorithm, String origin, String nonce) {
        SignatureAlgorithm alg = SignatureAlgorithm.fromName(algorithm)
                .orElseThrow(() -> new IllegalArgumentException("Unknown algorithm " + algorithm));
        try {
            Signature signer = alg.newSignature();
            signer.initSign(key);
            signer.update(alg.signedData(origin, nonce));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot sign with " + algorithm, e);
        }
    }

    /** The token JSON: unverifiedCertificate, algorithm, signature, format, appVersion. */
    public static String sign(X509Certificate certificate, PrivateKey key, String algorithm, String origin,
            String nonce) {
        return json(certificate, algorithm, signature(key, algorithm, origin, nonce));
    }

    /** The token JSON around a given signature. */
    public static String json(X509Certificate certificate, String algorithm, byte[] signature) {
        Map<String, Object> token = new LinkedHashMap<>();
        try {
            token.put("unverifiedCertificate", Base64.getEncoder().encodeToString(certificate.getEncoded()));
            token.put("algorithm", algorithm);
            token.put("signature", Base64.getEncoder().encodeToString(signature));
            token.put("format", FORMAT);
            token.put("appVersion", "https://web-eid.eu/web-eid-app/releases/2.5.0");
            return MAPPER.writeValueAsString(token);
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the token", e);
        }
    }
}
