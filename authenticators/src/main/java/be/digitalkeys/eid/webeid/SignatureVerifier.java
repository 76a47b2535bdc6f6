package be.digitalkeys.eid.webeid;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;

/** Step 10: the token's signature over {@code hash(origin) || hash(nonce)}. */
final class SignatureVerifier {

    private SignatureVerifier() {
    }

    static void verify(SignatureAlgorithm algorithm, PublicKey key, byte[] signature, String origin, String nonce)
            throws SignatureInvalidException {
        int rawLength = algorithm.rawSignatureLength(key);
        if (rawLength != -1 && signature.length != rawLength) {
            throw new SignatureInvalidException("The signature has the wrong length for the key");
        }
        boolean valid;
        try {
            Signature verifier = algorithm.newSignature();
            verifier.initVerify(key);
            verifier.update(algorithm.signedData(origin, nonce));
            valid = verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new SignatureInvalidException("The signature cannot be verified", e);
        }
        if (!valid) {
            throw new SignatureInvalidException("The signature does not match the origin and nonce");
        }
    }
}
