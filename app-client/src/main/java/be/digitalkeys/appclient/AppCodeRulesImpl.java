package be.digitalkeys.appclient;

import java.util.ArrayList;
import java.util.List;

/** The app-code rules for codes of a fixed number of ASCII digits. */
final class AppCodeRulesImpl implements AppCodeRules {

    static final AppCodeRules STANDARD = new AppCodeRulesImpl(5);

    private final int length;

    AppCodeRulesImpl(int length) {
        this.length = length;
    }

    @Override
    public void check(String code) throws AppCodeException {
        List<AppCodeRule> broken = broken(code);
        if (broken.isEmpty()) {
            return;
        }
        switch (broken.get(0)) {
            case LENGTH -> throw new AppCodeLengthException(length);
            case IDENTICAL_DIGITS -> throw new IdenticalDigitsException();
            case CONSECUTIVE_DIGITS -> throw new ConsecutiveDigitsException();
            case PALINDROME -> throw new PalindromeException();
            default -> throw new IllegalStateException("Unknown rule " + broken.get(0));
        }
    }

    @Override
    public List<AppCodeRule> broken(String code) {
        if (!hasRightLength(code)) {
            return List.of(AppCodeRule.LENGTH);
        }
        List<AppCodeRule> broken = new ArrayList<>(3);
        if (hasIdenticalNeighbours(code)) {
            broken.add(AppCodeRule.IDENTICAL_DIGITS);
        }
        if (hasRunOfThree(code)) {
            broken.add(AppCodeRule.CONSECUTIVE_DIGITS);
        }
        if (isPalindrome(code)) {
            broken.add(AppCodeRule.PALINDROME);
        }
        return List.copyOf(broken);
    }

    private boolean hasRightLength(String code) {
        return code != null && code.length() == length && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean hasIdenticalNeighbours(String code) {
        for (int i = 1; i < code.length(); i++) {
            if (code.charAt(i) == code.charAt(i - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Three digits each one more (or each one less) than the one before; 8-9-0 does not wrap. */
    private static boolean hasRunOfThree(String code) {
        for (int i = 2; i < code.length(); i++) {
            int first = code.charAt(i - 1) - code.charAt(i - 2);
            int second = code.charAt(i) - code.charAt(i - 1);
            if (first == second && Math.abs(first) == 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPalindrome(String code) {
        for (int i = 0, j = code.length() - 1; i < j; i++, j--) {
            if (code.charAt(i) != code.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
