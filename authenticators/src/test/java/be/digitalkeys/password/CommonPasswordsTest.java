package be.digitalkeys.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommonPasswordsTest {

    /** @zxcvbn-ts/language-common 4.1.3 gives 17,950 entries of length >= 8, plus the curated section. */
    private static final int MINIMUM_SIZE = 17_900;

    private static CommonPasswords shipped;
    private static List<String> rawLines;

    @BeforeAll
    static void loadShippedList() throws IOException {
        shipped = CommonPasswords.shipped();
        try (InputStream in = CommonPasswords.class.getResourceAsStream(CommonPasswords.RESOURCE)) {
            assertNotNull(in, CommonPasswords.RESOURCE);
            rawLines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void shippedList_isTheGeneratedListNotThePlaceholder() {
        assertTrue(shipped.size() > MINIMUM_SIZE, "size " + shipped.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "12345678", "123456789", "password1", "iloveyou", "qwertyuiop"})
    void topBreachedPasswords_areContained(String password) {
        assertTrue(shipped.contains(password), password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"azertyuiop", "azerty123", "motdepasse", "wachtwoord", "passwort", "qwertzuiop",
            "bonjour123", "soleil123", "belgique", "belgie123"})
    void belgianFrenchDutchGermanPasswords_areContained(String password) {
        assertTrue(shipped.contains(password), password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PassWord1", "PASSWORD", "Password123", "AzertyUIOP", "MotDePasse", "WachtWoord"})
    void mixedCase_isRefusedLikeLowerCase(String password) {
        assertTrue(shipped.contains(password), password);
    }

    @Test
    void fullWidthDigits_areNormalisedBeforeLookup() {
        assertTrue(shipped.contains("\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18"), "full-width 12345678");
    }

    @Test
    void fullWidthLetters_areNormalisedAndLowerCasedBeforeLookup() {
        assertTrue(shipped.contains("\uFF30\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44"), "full-width Password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zonnebloem in Gent 2026", "Mijn fiets staat in Leuven sinds 2019",
            "Mon chat s'appelle Gaston depuis 2020", "Ein ganz neues Passwort 2026"})
    void strongPassphrases_areNotContained(String passphrase) {
        assertFalse(shipped.contains(passphrase), passphrase);
    }

    @Test
    void null_isNotContained() {
        assertFalse(shipped.contains(null));
    }

    @Test
    void read_skipsCommentsAndBlankLines_andStripsEntries() throws IOException {
        CommonPasswords list = read("# a comment\n\n   \n  Secret123  \r\n#notapassword\nletmein99\n");
        assertEquals(2, list.size());
        assertTrue(list.contains("secret123"));
        assertTrue(list.contains("LETMEIN99"));
        assertFalse(list.contains("# a comment"));
        assertFalse(list.contains("#notapassword"));
        assertFalse(list.contains(""));
    }

    @Test
    void read_normalisesEntriesOfTheFile() throws IOException {
        CommonPasswords list = read("\uFF21\uFF22\uFF23\uFF11\uFF12\uFF13\uFF14\uFF15\n");
        assertTrue(list.contains("abc12345"));
    }

    @Test
    void everyShippedEntry_hasAtLeastEightCharacters() {
        List<String> tooShort = entries().stream().filter(line -> line.length() < 8).toList();
        assertTrue(tooShort.isEmpty(), "too short: " + tooShort);
    }

    @Test
    void everyShippedEntry_isStoredStrippedAndLowerCase() {
        List<String> notCanonical = entries().stream()
                .filter(line -> !line.equals(line.strip().toLowerCase(Locale.ROOT)))
                .toList();
        assertTrue(notCanonical.isEmpty(), "not canonical: " + notCanonical);
    }

    @Test
    void shippedFile_hasNoDuplicatesOrBlankLines() {
        assertTrue(rawLines.stream().noneMatch(String::isBlank), "blank line in " + CommonPasswords.RESOURCE);
        assertEquals(entries().size(), shipped.size(), "duplicate entries");
    }

    @Test
    void shippedFile_namesItsSourceAndLicenseInTheHeader() {
        String header = String.join("\n", rawLines.subList(0, 4));
        assertTrue(rawLines.subList(0, 4).stream().allMatch(line -> line.startsWith("#")), header);
        assertTrue(header.contains("@zxcvbn-ts/language-common") && header.contains("MIT"), header);
    }

    private static List<String> entries() {
        return rawLines.stream().filter(line -> !line.startsWith("#")).toList();
    }

    private static CommonPasswords read(String text) throws IOException {
        return CommonPasswords.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
