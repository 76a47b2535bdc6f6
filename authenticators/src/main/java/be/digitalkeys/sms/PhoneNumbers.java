package be.digitalkeys.sms;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers as people type them, stored in E.164 and shown masked (libphonenumber). */
public final class PhoneNumbers {

    static final int MAX_TYPED = 32;
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * "0470 12 34 56", "+32 470/12.34.56" or "0032470123456" become "+32470123456"; a number
     * without a country prefix belongs to {@code defaultRegion} ("BE").
     */
    public static String toE164(String typed, String defaultRegion) throws InvalidPhoneNumberException {
        if (typed == null || typed.isBlank()) {
            throw new InvalidPhoneNumberException(InvalidPhoneNumberException.Reason.EMPTY);
        }
        if (typed.length() > MAX_TYPED) {
            throw new InvalidPhoneNumberException(InvalidPhoneNumberException.Reason.TOO_LONG);
        }
        String cleaned = typed.strip();
        if (cleaned.startsWith("00")) {
            cleaned = "+" + cleaned.substring(2);
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(cleaned, defaultRegion);
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumberException(InvalidPhoneNumberException.Reason.NOT_A_NUMBER);
        }
        if (!UTIL.isValidNumber(number)) {
            throw new InvalidPhoneNumberException(InvalidPhoneNumberException.Reason.INVALID);
        }
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    /** "+32470123456" becomes "+32 ••• •• •• 56": the country code and the last 2 digits. */
    public static String mask(String e164) {
        if (e164 == null || e164.length() < 6) {
            return "•••";
        }
        try {
            PhoneNumber number = UTIL.parse(e164, null);
            String national = UTIL.getNationalSignificantNumber(number);
            String last = national.substring(Math.max(0, national.length() - 2));
            return "+" + number.getCountryCode() + " ••• •• •• " + last;
        } catch (NumberParseException e) {
            return "••• " + e164.substring(e164.length() - 2);
        }
    }
}
