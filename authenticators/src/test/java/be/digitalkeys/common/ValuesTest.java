package be.digitalkeys.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void bounded_keepsTheNumberInRange_andFallsBackOnNonsense() {
        assertEquals(600, Values.bounded(" 600 ", 10, 60, 3600));
        assertEquals(60, Values.bounded("5", 10, 60, 3600));
        assertEquals(3600, Values.bounded("999999", 10, 60, 3600));
        assertEquals(10, Values.bounded("ten", 10, 60, 3600));
        assertEquals(10, Values.bounded(null, 10, 60, 3600));
        assertEquals(0, Values.note(null));
        assertEquals(-3, Values.note("-3"));
    }

    @Test
    void maskedEmail_showsTheFirstLetterAndTheDomainOnly() {
        assertEquals("m•••@example.be", Values.maskedEmail("marie.peeters@example.be"));
        assertEquals("•••", Values.maskedEmail("@example.be"));
        assertEquals("•••", Values.maskedEmail(null));
    }
}
