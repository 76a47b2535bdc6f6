package be.digitalkeys.eid.webeid;

import static be.digitalkeys.eid.testing.Tokens.ORIGIN;
import static be.digitalkeys.eid.webeid.AuthTokenException.Reason.CERTIFICATE_MALFORMED;
import static be.digitalkeys.eid.webeid.AuthTokenException.Reason.MALFORMED_TOKEN;
import static be.digitalkeys.eid.webeid.AuthTokenException.Reason.UNSUPPORTED_FORMAT;
import static be.digitalkeys.eid.webeid.AuthTokenValidatorTest.EC256;
import static be.digitalkeys.eid.webeid.AuthTokenValidatorTest.EC256_CERT;
import static be.digitalkeys.eid.webeid.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import be.digitalkeys.eid.testing.Tokens;

/** Steps 1, 2 and 4: the token's shape, its format and its certificate's encoding. */
class AuthTokenFormatTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final AuthTokenValidator validator = AuthTokenValidatorTest.validator();
    private final String nonce = Tokens.nonce();
    private final String token = Tokens.sign(EC256_CERT, EC256.getPrivate(), "ES256", nonce);

    @Test
    void wellFormedToken_validates() throws Exception {
        assertEquals("ES256", validator.validate(token, ORIGIN, nonce).algorithm());
    }

    @Test
    void oversizedToken_refused() {
        String padded = Tokens.with(token, "padding", "x".repeat(10_000));
        assertRefused(MALFORMED_TOKEN, () -> validator.validate(padded, ORIGIN, nonce));
    }

    @Test
    void maxTokenLength_isConfigurable() {
        AuthTokenValidator small = AuthTokenValidator.builder().withTrustedCertificates(AuthTokenValidatorTest.PKI.trusted())
                .withMaxTokenLength(token.length() - 1).build();
        assertRefused(MALFORMED_TOKEN, () -> small.validate(token, ORIGIN, nonce));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "{}", "[]", "null", "\"token\"", "42", "{\"unverifiedCertificate\":",
            "not json at all", "{'algorithm':'ES256'}"})
    void malformedJson_refused(String json) {
        assertRefused(MALFORMED_TOKEN, () -> validator.validate(json, ORIGIN, nonce));
    }

    @Test
    void nullToken_refused() {
        assertRefused(MALFORMED_TOKEN, () -> validator.validate(null, ORIGIN, nonce));
    }

    @Test
    void trailingContent_refused() {
        assertRefused(MALFORMED_TOKEN, () -> validator.validate(token + "{}", ORIGIN, nonce));
        assertRefused(MALFORMED_TOKEN, () -> validator.validate(token + " x", ORIGIN, nonce));
    }

    @Test
    void duplicateField_refused() {
        String duplicated = token.substring(0, token.length() - 1) + ",\"algorithm\":\"ES256\"}";
        assertRefused(MALFORMED_TOKEN, () -> validator.validate(duplicated, ORIGIN, nonce));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unverifiedCertificate", "algorithm", "signature", "format", "appVersion"})
    void nonStringField_refused(String field) {
        assertRefused(MALFORMED_TOKEN, () -> validator.validate(Tokens.with(token, field, JSON.numberNode(1)), ORIGIN, nonce));
        assertRefused(MALFORMED_TOKEN, () -> validator.validate(Tokens.with(token, field, JSON.objectNode()), ORIGIN, nonce));
        assertRefused(MALFORMED_TOKEN, () -> validator.validate(Tokens.with(token, field, JSON.arrayNode().add("x")),
                ORIGIN, nonce));
        assertRefused(MALFORMED_TOKEN, () -> validator.validate(Tokens.with(token, field, JSON.booleanNode(true)),
                ORIGIN, nonce));
        assertRefused(MALFORMED_TOKEN, () -> validator.validate(Tokens.with(token, field, JSON.nullNode()), ORIGIN, nonce));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unverifiedCertificate", "algorithm", "signature"})
    void missingOrEmptyRequiredField_refused(String field) {
        assertRefused(MALFORMED_TOKEN, () -> validator.validate(Tokens.with(token, field, Tokens.REMOVE), ORIGIN, nonce));
        assertRefused(MALFORMED_TOKEN, () -> validator.validate(Tokens.with(token, field, ""), ORIGIN, nonce));
    }

    @Test
    void appVersionIsOptional_unknownFieldsTolerated() throws Exception {
        validator.validate(Tokens.with(token, "appVersion", Tokens.REMOVE), ORIGIN, nonce);
        validator.validate(Tokens.with(token, "somethingNew", JSON.objectNode().put("a", 1)), ORIGIN, nonce);
    }

    @ParameterizedTest
    @ValueSource(strings = {"web-eid:2.0", "web-eid:1", "web-eid:10.0", "web-eid:1.", "web-eid:0.9", "WEB-EID:1.0",
            "web-eid", "", "x509:1.0"})
    void unsupportedFormat_refused(String format) {
        assertRefused(UNSUPPORTED_FORMAT, () -> validator.validate(Tokens.with(token, "format", format), ORIGIN, nonce));
    }

    @Test
    void missingFormat_refused() {
        assertRefused(UNSUPPORTED_FORMAT, () -> validator.validate(Tokens.with(token, "format", Tokens.REMOVE), ORIGIN, nonce));
    }

    @ParameterizedTest
    @ValueSource(strings = {"web-eid:1.0", "web-eid:1.1", "web-eid:1.12"})
    void web_eid_1_minorVersions_accepted(String format) throws Exception {
        validator.validate(Tokens.with(token, "format", format), ORIGIN, nonce);
    }

    @Test
    void badBase64_refused() {
        String certificate = Tokens.field(token, "unverifiedCertificate");
        String signature = Tokens.field(token, "signature");
        for (String bad : new String[] {"%%%%", "abc", signature.replace('+', '-').replace('/', '_') + "-_",
                signature.substring(0, 10) + "\n" + signature.substring(10), signature + "===", " " + signature}) {
            assertRefused(MALFORMED_TOKEN, () -> validator.validate(Tokens.with(token, "signature", bad), ORIGIN, nonce));
        }
        String urlSafe = Base64.getUrlEncoder().encodeToString(Base64.getDecoder().decode(certificate));
        if (!urlSafe.equals(certificate)) {
            assertRefused(MALFORMED_TOKEN, () -> validator.validate(Tokens.with(token, "unverifiedCertificate", urlSafe),
                    ORIGIN, nonce));
        }
    }

    @Test
    void oversizedSignature_refused() {
        String big = Tokens.withSignature(token, new byte[1025]);
        assertRefused(MALFORMED_TOKEN, () -> validator.validate(big, ORIGIN, nonce));
    }

    @Test
    void oversizedCertificate_refused() {
        AuthTokenValidator roomy = AuthTokenValidator.builder().withTrustedCertificates(AuthTokenValidatorTest.PKI.trusted())
                .withMaxTokenLength(100_000).build();
        String big = Tokens.with(token, "unverifiedCertificate", Base64.getEncoder().encodeToString(new byte[8 * 1024 + 1]));
        assertRefused(MALFORMED_TOKEN, () -> roomy.validate(big, ORIGIN, nonce));
    }

    @Test
    void certificateNotX509_refused() {
        String garbage = Tokens.with(token, "unverifiedCertificate", Base64.getEncoder().encodeToString(new byte[] {0x30, 0x03, 1, 2, 3}));
        assertRefused(CERTIFICATE_MALFORMED, () -> validator.validate(garbage, ORIGIN, nonce));
        String text = Tokens.with(token, "unverifiedCertificate", Base64.getEncoder().encodeToString(
                "-----BEGIN CERTIFICATE-----".getBytes()));
        assertRefused(CERTIFICATE_MALFORMED, () -> validator.validate(text, ORIGIN, nonce));
    }

    @Test
    void certificateWithTrailingBytes_refused() throws Exception {
        byte[] der = EC256_CERT.getEncoded();
        byte[] longer = Arrays.copyOf(der, der.length + 2);
        String token2 = Tokens.with(token, "unverifiedCertificate", Base64.getEncoder().encodeToString(longer));
        assertRefused(CERTIFICATE_MALFORMED, () -> validator.validate(token2, ORIGIN, nonce));
    }

    @Test
    void truncatedCertificate_refused() throws Exception {
        byte[] der = EC256_CERT.getEncoded();
        String token2 = Tokens.with(token, "unverifiedCertificate",
                Base64.getEncoder().encodeToString(Arrays.copyOf(der, der.length - 10)));
        assertRefused(CERTIFICATE_MALFORMED, () -> validator.validate(token2, ORIGIN, nonce));
    }

    @Test
    void pemCertificateInsteadOfDer_refused() throws Exception {
        String pem = be.digitalkeys.eid.truststore.BelgianTrustStore.toPem(EC256_CERT);
        String token2 = Tokens.with(token, "unverifiedCertificate", Base64.getEncoder().encodeToString(pem.getBytes()));
        assertRefused(CERTIFICATE_MALFORMED, () -> validator.validate(token2, ORIGIN, nonce));
    }
}
