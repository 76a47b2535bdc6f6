package be.digitalkeys.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void belgianNumbers_asPeopleTypeThem_becomeE164() throws InvalidPhoneNumberException {
        assertEquals("+32470123456", PhoneNumbers.toE164("0470 12 34 56", "BE"));
        assertEquals("+32470123456", PhoneNumbers.toE164("+32 470/12.34.56", "BE"));
        assertEquals("+32470123456", PhoneNumbers.toE164("0032470123456", "BE"));
        assertEquals("+3225551234", PhoneNumbers.toE164("02 555 12 34", "BE"));
    }

    @Test
    void foreignNumbers_withTheirPrefix() throws InvalidPhoneNumberException {
        assertEquals("+31612345678", PhoneNumbers.toE164("+31 6 12345678", "BE"));
        assertEquals("+33612345678", PhoneNumbers.toE164("0033 6 12 34 56 78", "BE"));
    }

    @Test
    void wrongInput_givesItsReason() {
        assertEquals(InvalidPhoneNumberException.Reason.EMPTY,
                assertThrows(InvalidPhoneNumberException.class, () -> PhoneNumbers.toE164(" ", "BE")).reason());
        assertEquals(InvalidPhoneNumberException.Reason.TOO_LONG,
                assertThrows(InvalidPhoneNumberException.class, () -> PhoneNumbers.toE164("0".repeat(33), "BE")).reason());
        assertEquals(InvalidPhoneNumberException.Reason.NOT_A_NUMBER,
                assertThrows(InvalidPhoneNumberException.class, () -> PhoneNumbers.toE164("call me", "BE")).reason());
        assertEquals(InvalidPhoneNumberException.Reason.INVALID,
                assertThrows(InvalidPhoneNumberException.class, () -> PhoneNumbers.toE164("0470 12", "BE")).reason());
    }

    @Test
    void masked_showsTheCountryCodeAndTheLastTwoDigitsOnly() {
        String masked = PhoneNumbers.mask("+32470123456");
        assertEquals("+32 ••• •• •• 56", masked);
        assertFalse(masked.contains("470"));
        assertFalse(new SmsMessage("+32470123456", "code 123456", "r").toString().contains("123456"));
    }
}
