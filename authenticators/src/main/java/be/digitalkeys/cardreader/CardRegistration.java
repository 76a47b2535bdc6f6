package be.digitalkeys.cardreader;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What an administrator sends to register a card (admin REST, JSON).
 *
 * @param cardNumber 17 digits, spaces and dashes allowed
 * @param holderName the name printed on the card, shown next to remembered cards
 * @param secret the card's OCRA key, hex (16 to 128 bytes)
 * @param suite the card's OCRA suite; the realm's when absent
 * @param counter the card's current counter, suites with C (0 when absent)
 * @param pin the card's PIN: for suites with P (stored hashed as the suite says) and for demo cards
 * @param demo a demonstration card whose responses the development simulator may compute
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CardRegistration(String cardNumber, String holderName, String secret, String suite, Long counter, String pin, Boolean demo) {
}
