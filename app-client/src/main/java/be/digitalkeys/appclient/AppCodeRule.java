package be.digitalkeys.appclient;

/**
 * The rules a 5-digit app code must follow, as the itsme app shows them when the code is chosen
 * ("Pas de chiffres identiques, pas de chiffres consécutifs, pas de palindrome").
 */
public enum AppCodeRule {
    /** Exactly five ASCII digits. */
    LENGTH,
    /** No two identical digits next to each other (11357). */
    IDENTICAL_DIGITS,
    /** No run of three or more consecutive ascending or descending digits (90123, 54321). */
    CONSECUTIVE_DIGITS,
    /** Not the same read backwards (13531). */
    PALINDROME
}
