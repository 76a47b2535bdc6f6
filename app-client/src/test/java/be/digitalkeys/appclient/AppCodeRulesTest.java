package be.digitalkeys.appclient;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AppCodeRulesTest {

    /** Counted by {@link #allowedByNaiveRules}; 61,196 of the 100,000 codes 00000..99999. */
    private static final int ALLOWED_CODES = 61_196;

    private final AppCodeRules rules = AppCodeRules.standard();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1234", "123456", "12a45", "１３５７９", "13 57", " 1357", "13579 ", "-1357", "1357\n", "٣٥٧٩٠"})
    void notFiveAsciiDigits_isRefusedForLengthOnly(String code) {
        AppCodeException e = assertThrows(AppCodeException.class, () -> rules.check(code));
        assertInstanceOf(AppCodeLengthException.class, e);
        assertEquals(AppCodeRule.LENGTH, e.rule());
        assertEquals(List.of(AppCodeRule.LENGTH), rules.broken(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11357", "35779", "13577", "24113", "71442"})
    void identicalNeighbours_areRefused(String code) {
        AppCodeException e = assertThrows(IdenticalDigitsException.class, () -> rules.check(code));
        assertEquals(AppCodeRule.IDENTICAL_DIGITS, e.rule());
        assertEquals(List.of(AppCodeRule.IDENTICAL_DIGITS), rules.broken(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "54321", "90123", "13987", "47890", "31012", "97650"})
    void runOfThreeConsecutive_isRefused(String code) {
        assertEquals(AppCodeRule.CONSECUTIVE_DIGITS, assertThrows(ConsecutiveDigitsException.class, () -> rules.check(code)).rule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"13579", "89013", "90135", "12468", "21357", "10924", "97531", "80918"})
    void noRun_andNoWrapAround_isAllowed(String code) {
        assertDoesNotThrow(() -> rules.check(code));
        assertEquals(List.of(), rules.broken(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13531", "24742", "90709", "50305"})
    void palindrome_isRefused(String code) {
        assertEquals(AppCodeRule.PALINDROME, assertThrows(PalindromeException.class, () -> rules.check(code)).rule());
        assertEquals(List.of(AppCodeRule.PALINDROME), rules.broken(code));
    }

    @Test
    void broken_listsEveryRuleInOrder_andCheckThrowsTheFirst() {
        assertEquals(List.of(AppCodeRule.CONSECUTIVE_DIGITS, AppCodeRule.PALINDROME), rules.broken("12321"));
        assertInstanceOf(ConsecutiveDigitsException.class, assertThrows(AppCodeException.class, () -> rules.check("12321")));
        assertEquals(List.of(AppCodeRule.IDENTICAL_DIGITS, AppCodeRule.PALINDROME), rules.broken("11111"));
        assertEquals(List.of(AppCodeRule.IDENTICAL_DIGITS, AppCodeRule.CONSECUTIVE_DIGITS), rules.broken("11234"));
        assertInstanceOf(IdenticalDigitsException.class, assertThrows(AppCodeException.class, () -> rules.check("11234")));
    }

    @Test
    void exceptionMessage_neverContainsTheCode() {
        for (String code : List.of("13531", "11357", "54321", "1234x")) {
            AppCodeException e = assertThrows(AppCodeException.class, () -> rules.check(code));
            assertFalse(e.getMessage().contains(code), e.getMessage());
        }
    }

    @Test
    @DisplayName("exactly 61,196 of the 100,000 five-digit codes are allowed, as a naive second implementation counts")
    void everyFiveDigitCode_agreesWithANaiveImplementation() {
        int allowed = 0;
        for (int n = 0; n <= 99_999; n++) {
            String code = String.format("%05d", n);
            boolean naive = allowedByNaiveRules(code);
            assertEquals(naive, rules.broken(code).isEmpty(), code);
            if (naive) {
                allowed++;
            }
        }
        assertEquals(ALLOWED_CODES, allowed);
    }

    private static final Pattern IDENTICAL = Pattern.compile("(\\d)\\1");
    private static final List<String> RUNS = List.of("012", "123", "234", "345", "456", "567", "678", "789",
            "987", "876", "765", "654", "543", "432", "321", "210");

    /** The rules written differently: a regex, a list of forbidden triples, a reversed string. */
    private static boolean allowedByNaiveRules(String code) {
        return !IDENTICAL.matcher(code).find()
                && RUNS.stream().noneMatch(code::contains)
                && !new StringBuilder(code).reverse().toString().equals(code);
    }
}
