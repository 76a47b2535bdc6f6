package be.digitalkeys.it.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import be.digitalkeys.it.support.Totp;

class TotpStepsTest {

    private static final long T0 = 1_700_000_010_000L; // 10 s into a step

    @Test
    void aUserLoggingInAgainWithinOneStep_getsTheNextStep_andItsCode() {
        TotpSteps steps = new TotpSteps();
        TotpSteps.Reservation first = steps.reserve(Method.PASSWORD_APP, 7, T0);
        TotpSteps.Reservation second = steps.reserve(Method.PASSWORD_APP, 7, T0 + 5_000);
        assertEquals(T0 / 30_000, first.step());
        assertEquals(first.step() + 1, second.step());
        assertEquals(Totp.codeForRawSecret(BenchUsers.totpSecret(7), second.step() * 30), second.code());
        assertTrue(second.startMillis() > T0 + 5_000, "the login waits for the step to begin");
    }

    @Test
    void manyLoginsOfOneUser_neverGetTheSameStepOrACodeSentInTheReplayLifetime() {
        TotpSteps steps = new TotpSteps();
        Set<Long> seen = new HashSet<>();
        TotpSteps.Reservation previous = null;
        for (int n = 0; n < 50; n++) {
            TotpSteps.Reservation r = steps.reserve(Method.BASELINE, 3, T0);
            assertTrue(seen.add(r.step()), "step " + r.step() + " twice");
            if (previous != null) {
                assertNotEquals(previous.code(), r.code());
            }
            previous = r;
        }
    }

    @Test
    void usersAndMethodsAreApart_andALaterLoginUsesTheCurrentStep() {
        TotpSteps steps = new TotpSteps();
        long step = steps.reserve(Method.BASELINE, 1, T0).step();
        assertEquals(step, steps.reserve(Method.BASELINE, 2, T0).step());
        assertEquals(step, steps.reserve(Method.PASSWORD_APP, 1, T0).step());
        assertEquals(step + 10, steps.reserve(Method.BASELINE, 1, T0 + 300_000).step(), "no waiting once the step has passed");
    }
}
