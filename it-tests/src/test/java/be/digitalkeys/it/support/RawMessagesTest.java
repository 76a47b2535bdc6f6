package be.digitalkeys.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page and e-mail check finds each kind of unfinished message, and leaves finished texts alone. */
class RawMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"The signature code has {0} digits, as the card reader shows them.", "Valid {2,number} minutes",
            "Hello ${user.firstName}", "???dkCardTitle???", "Set up dk-app-device-display-name", "dkCardResponseMalformed",
            "dkKey.card-reader.title", "Set up {{name}}", "Remove dk-card-help-text"})
    void unfinishedMessages_areFound(String text) {
        assertFalse(RawMessages.in(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The signature code has 8 digits, as the card reader shows them.", "Card 6703 •••• •••• •••2 1",
            "Digital Keys app", "Set up Digital Keys app", "see dk-bank-portal", "e-mail: dk.demo@example.be", "{ } and 5 {a}",
            "Le Code Signature compte 8 chiffres", "Why? Really?"})
    void finishedTexts_pass(String text) {
        assertEquals(List.of(), RawMessages.in(text), text);
    }
}
