package be.digitalkeys.eid.webeid;

/**
 * Validates the authentication token that the Web eID browser extension returns for a Belgian
 * eID card (format {@code web-eid:1.x}). Pure Java: no Keycloak type. Thread-safe.
 *
 * <p>Order of the checks: token shape, format, algorithm, certificate parse, validity period,
 * purpose, chain to a trust anchor, Belgian identity, OCSP, signature. The first failing check
 * decides the {@link AuthTokenException.Reason}.
 */
public interface AuthTokenValidator {

    /**
     * @param tokenJson the JSON posted by the browser
     * @param expectedOrigin the site's origin, {@code scheme://host[:port]} without path, e.g.
     *     {@code "https://login.example.be"}
     * @param expectedNonce the base64 challenge nonce the server issued for this login
     * @return the card holder
     * @throws AuthTokenException the token is refused; {@link AuthTokenException#reason()} says why
     * @throws IllegalArgumentException the origin is not an http(s) origin or the nonce is empty
     *     (a server-side mistake, not the token's)
     */
    ValidatedEid validate(String tokenJson, String expectedOrigin, String expectedNonce) throws AuthTokenException;

    static AuthTokenValidatorBuilder builder() {
        return new AuthTokenValidatorBuilder();
    }
}
