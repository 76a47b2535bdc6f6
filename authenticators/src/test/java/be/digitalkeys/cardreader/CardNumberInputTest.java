package be.digitalkeys.cardreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.models.AuthenticatorConfigModel;

/** What the card page accepts: the 13 digits after the pre-filled prefix, or the whole number. */
class CardNumberInputTest {

    private static final String VALID = "67031234567890121";
    private static final CardReaderConfig DEFAULTS = new CardReaderConfig(null);

    @ParameterizedTest
    @ValueSource(strings = {"1234567890121", "1234 5678 9012 1", "1234-5678-9012-1", "67031234567890121", "6703 1234 5678 9012 1"})
    void afterThePrefixOrWhole_givesTheCard(String typed) throws Exception {
        assertEquals(VALID, CardReaderAuthenticator.parse(DEFAULTS, typed).digits());
    }

    @Test
    void eachMistake_hasItsOwnReason() {
        assertThrows(WrongCardNumberLengthException.class, () -> CardReaderAuthenticator.parse(DEFAULTS, "12345678"));
        assertThrows(WrongCardNumberLengthException.class, () -> CardReaderAuthenticator.parse(DEFAULTS, ""));
        assertThrows(MalformedCardNumberException.class, () -> CardReaderAuthenticator.parse(DEFAULTS, "12345678901AB"));
        assertThrows(WrongIssuerPrefixException.class, () -> CardReaderAuthenticator.parse(DEFAULTS, "55550000000000004"));
        assertThrows(WrongCheckDigitException.class, () -> CardReaderAuthenticator.parse(DEFAULTS, "1234567890122"));
    }

    @Test
    void hugeInput_isCutBeforeParsing_andRefusedForItsLength() {
        assertThrows(InvalidCardNumberException.class, () -> CardReaderAuthenticator.parse(DEFAULTS, "9".repeat(1_000_000)));
    }

    @Test
    void anotherIssuer_andNoCheckDigit_fromTheConfiguration() throws Exception {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(Map.of(CardReaderConfig.ISSUER_PREFIX, "5555", CardReaderConfig.CHECK_DIGIT, "false"));
        CardReaderConfig config = new CardReaderConfig(model);
        assertEquals("55551234567890123", CardReaderAuthenticator.parse(config, "1234567890123").digits());
        assertThrows(WrongIssuerPrefixException.class, () -> CardReaderAuthenticator.parse(config, VALID));
    }

    @Test
    void unusableSettings_fallBackToTheSeedsDefaults() {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(Map.of(CardReaderConfig.ISSUER_PREFIX, "67x3", CardReaderConfig.SUITE, "OCRA-9:nonsense",
                CardReaderConfig.MAX_WRONG_RESPONSES, "0", CardReaderConfig.CONNECTOR_URL, "http://evil.example:8631"));
        CardReaderConfig config = new CardReaderConfig(model);
        assertEquals("6703", config.issuerPrefix());
        assertEquals(CardReaderConfig.DEFAULT_SUITE, config.suite().value());
        assertEquals(1, config.maxWrongResponses());
        assertEquals("", config.connectorUrl(), "only a loopback connector is used");
    }
}
