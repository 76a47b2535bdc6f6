package be.digitalkeys.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.digitalkeys.sms.InvalidPhoneNumberException.Reason;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void belgianMobile_asPeopleTypeIt_becomesE164() throws InvalidPhoneNumberException {
        assertEquals("+32470123456", PhoneNumbers.toE164("0470 12 34 56", "BE"));
        assertEquals("+32470123456", PhoneNumbers.toE164("+32 470/12.34.56", "BE"));
        assertEquals("+32470123456", PhoneNumbers.toE164("0032470123456", "BE"));
        assertEquals("+32470123456", PhoneNumbers.toE164("(0470) 12-34-56", "BE"));
        assertEquals("+32470123456", PhoneNumbers.toE164("  0470\u00A012 34 56  "));
    }

    @Test
    void belgianLandlines_areValidToo() throws InvalidPhoneNumberException {
        assertEquals("+3225551234", PhoneNumbers.toE164("02 555 12 34", "BE"));
        assertEquals("+3293311111", PhoneNumbers.toE164("09/331.11.11", "BE"));
    }

    @Test
    void foreignNumbers_withTheirPrefix() throws InvalidPhoneNumberException {
        assertEquals("+31612345678", PhoneNumbers.toE164("+31 6 12345678", "BE"));
        assertEquals("+33612345678", PhoneNumbers.toE164("0033 6 12 34 56 78", "BE"));
        assertEquals("+33612345678", PhoneNumbers.toE164("+33 (0)6 12 34 56 78", "BE"));
    }

    @Test
    void region_defaultsToBelgium_andCanBeAnother() throws InvalidPhoneNumberException {
        assertEquals("+32470123456", PhoneNumbers.toE164("0470123456", null));
        assertEquals("+31612345678", PhoneNumbers.toE164("06 12345678", "NL"));
    }

    @Test
    void wrongInput_givesItsReason() {
        assertEquals(Reason.EMPTY, reason(null));
        assertEquals(Reason.EMPTY, reason(" "));
        assertEquals(Reason.NOT_A_NUMBER, reason("call me"));
        assertEquals(Reason.NOT_A_NUMBER, reason("0470 ABC DEF"));
        assertEquals(Reason.NOT_A_NUMBER, reason("0470 12 34 56 ext. 7"));
        assertEquals(Reason.NOT_A_NUMBER, reason("0470+123456"));
        assertEquals(Reason.NOT_A_NUMBER, reason("--"));
        assertEquals(Reason.INVALID, reason("0470 12"));
        assertEquals(Reason.INVALID, reason("+32 123 45 67 89"));
        assertEquals(Reason.INVALID, reason("+31 6 1234"));
    }

    @Test
    void over32Characters_isRefusedBeforeParsing() throws InvalidPhoneNumberException {
        String padded = " ".repeat(19) + "0470123456" + " ".repeat(3);
        assertEquals(32, padded.length());
        assertEquals("+32470123456", PhoneNumbers.toE164(padded, "BE"));
        assertEquals(Reason.TOO_LONG, reason(padded + " "));
        assertEquals(Reason.TOO_LONG, reason("0".repeat(1000)));
        assertEquals("TOO_LONG", assertThrows(InvalidPhoneNumberException.class, () -> PhoneNumbers.toE164("1".repeat(40))).getMessage());
    }

    @Test
    void masked_showsTheCountryCodeAndTheLastTwoDigitsOnly() {
        assertEquals("+32 ••• •• •• 56", PhoneNumbers.mask("+32470123456"));
        assertEquals("+31 ••• •• •• 78", PhoneNumbers.mask("+31612345678"));
        assertEquals("+33 ••• •• •• 78", PhoneNumbers.mask("+33612345678"));
        assertEquals("+32 ••• •• •• 34", PhoneNumbers.mask("+3225551234"));
        for (String odd : new String[] {null, "", "+32", "0470123456", "not a number at all"}) {
            String masked = PhoneNumbers.mask(odd);
            assertTrue(masked.chars().filter(Character::isDigit).count() <= 2, masked);
        }
        assertFalse(new SmsMessage("+32470123456", "code 123456", "r").toString().contains("123456"));
        assertFalse(new SmsMessage("+32470123456", "code 123456", "r").toString().contains("470"));
    }

    @Test
    void aRefusedNumber_isShownBackAsTyped_unlessItHoldsControlOrDirectionCharacters() {
        assertEquals("0470 12 34 5x", PhoneNumbers.shownBack("0470 12 34 5x"));
        assertEquals("1".repeat(32), PhoneNumbers.shownBack("1".repeat(5000)));
        assertEquals("", PhoneNumbers.shownBack("0470\u202e563412"));
        assertEquals("", PhoneNumbers.shownBack("0470\u0000"));
        assertEquals("", PhoneNumbers.shownBack(null));
    }

    private static Reason reason(String typed) {
        return assertThrows(InvalidPhoneNumberException.class, () -> PhoneNumbers.toE164(typed, "BE")).reason();
    }
}
