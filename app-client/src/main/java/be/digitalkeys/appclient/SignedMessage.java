package be.digitalkeys.appclient;

/**
 * What every device-key call carries (OpenAPI schema {@code SignedMessage}): the base64url
 * (no padding) of the UTF-8 JSON payload and of its P1363 ECDSA P-256 / SHA-256 signature.
 */
public record SignedMessage(String payload, String signature) {

    /** Encodes the payload bytes and their signature. */
    public static SignedMessage of(byte[] payload, byte[] signature) {
        return new SignedMessage(Base64Url.encode(payload), Base64Url.encode(signature));
    }

    /**
     * The payload bytes, not verified; {@link DeviceKeys#verify} is what the server uses.
     *
     * @throws IllegalArgumentException the payload is not base64url without padding
     */
    public byte[] payloadBytes() {
        return Base64Url.decode(payload);
    }
}
