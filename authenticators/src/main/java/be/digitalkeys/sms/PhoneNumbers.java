package be.digitalkeys.sms;


import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import be.digitalkeys.common.SingleLineText;
import be.digitalkeys.sms.InvalidPhoneNumberException.Reason;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers as people type them, stored in E.164 and shown masked (libphonenumber, shaded
 * into our jar). Any valid number will do: landlines are accepted, SMS gateways sort them out.
 */
public final class PhoneNumbers {

    public static final String DEFAULT_REGION = "BE";
    static final int MAX_TYPED = 32;
    private static final String HIDDEN = "••• •• ••";
    /**
     * Digits and the separators people use (spaces, dots, dashes, slashes, parentheses), an
     * optional leading "+". No letters: libphonenumber would read "0470 ABC DEF" as digits and an
     * "ext. 12" as an extension, neither of which can receive an SMS.
     */
    private static final Pattern TYPED = Pattern.compile("\\+?[0-9 .\\-/()\\u00A0\\u202F\\t]+");
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** {@link #toE164(String, String)} for Belgium. */
    /**
     * What a refused number's field may show back: what was typed (at most 32 characters), or
     * nothing when it holds control or direction characters, which would make it look other than
     * it is (U+202E turns the digits around).
     */
    public static String shownBack(String typed) {
        if (typed == null || !SingleLineText.isClean(typed)) {
            return "";
        }
        return typed.substring(0, Math.min(typed.length(), 32));
    }

    public static String toE164(String typed) throws InvalidPhoneNumberException {
        return toE164(typed, DEFAULT_REGION);
    }

    /**
     * "0470 12 34 56", "+32 470/12.34.56" or "0032470123456" become "+32470123456". A number
     * without a country prefix belongs to {@code defaultRegion} (ISO 3166 code; "BE" when null).
     */
    public static String toE164(String typed, String defaultRegion) throws InvalidPhoneNumberException {
        if (typed == null || typed.isBlank()) {
            throw new InvalidPhoneNumberException(Reason.EMPTY);
        }
        if (typed.length() > MAX_TYPED) {
            throw new InvalidPhoneNumberException(Reason.TOO_LONG);
        }
        String cleaned = typed.strip();
        if (!TYPED.matcher(cleaned).matches() || cleaned.chars().noneMatch(Character::isDigit)) {
            throw new InvalidPhoneNumberException(Reason.NOT_A_NUMBER);
        }
        if (cleaned.startsWith("00")) {
            cleaned = "+" + cleaned.substring(2);
        }
        String region = defaultRegion == null || defaultRegion.isBlank() ? DEFAULT_REGION : defaultRegion.strip();
        PhoneNumber number;
        try {
            number = UTIL.parse(cleaned, region);
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumberException(Reason.NOT_A_NUMBER);
        }
        if (!UTIL.isValidNumber(number)) {
            throw new InvalidPhoneNumberException(Reason.INVALID);
        }
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    /** A country of the phone-number picker: ISO region, calling code ("+32") and name in the page's language. */
    public record Country(String region, String code, String name) {
    }

    /** The picker's most selected countries first (Belgium, its neighbours), as in the seed's list. */
    public static final List<String> MOST_SELECTED = List.of("BE", "NL", "LU", "FR", "DE");

    /** Every region libphonenumber knows, named in {@code locale} and sorted by name (most selected not repeated). */
    public static List<Country> countries(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return UTIL.getSupportedRegions().stream()
                .filter(r -> !MOST_SELECTED.contains(r))
                .map(r -> country(r, locale))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }

    public static Country country(String region, Locale locale) {
        return new Country(region, "+" + UTIL.getCountryCodeForRegion(region), new Locale("", region).getDisplayCountry(locale));
    }

    /** A known ISO region code, or Belgium. */
    public static String region(String requested) {
        return requested != null && UTIL.getSupportedRegions().contains(requested) ? requested : DEFAULT_REGION;
    }

    /** "+32470123456" becomes "+32 470 12 34 56" (shown to the number's own holder only). */
    public static String international(String e164) {
        try {
            return UTIL.format(UTIL.parse(e164, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    /**
     * "+32470123456" becomes "+32 ••• •• •• 56": the country code and the last 2 digits, whatever
     * the number's length. Anything that is not E.164 shows its last 2 characters at most.
     */
    public static String mask(String e164) {
        if (e164 == null || e164.length() < 6) {
            return HIDDEN;
        }
        try {
            PhoneNumber number = UTIL.parse(e164, null);
            String national = UTIL.getNationalSignificantNumber(number);
            if (national.length() >= 4) {
                return "+" + number.getCountryCode() + " " + HIDDEN + " " + national.substring(national.length() - 2);
            }
        } catch (NumberParseException e) {
            // not E.164: fall through
        }
        return HIDDEN + " " + e164.substring(e164.length() - 2);
    }
}
