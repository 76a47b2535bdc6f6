package be.digitalkeys.cardreader.ocra;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The message the HMAC is computed over (RFC 6287 section 5.1): the suite text, a 0x00 byte,
 * then only the fields the suite names, in this order: C (8 bytes, big-endian), Q (128 bytes),
 * P (the PIN hash), S (nnn bytes), T (8 bytes, big-endian).
 */
final class OcraDataInput {

    private OcraDataInput() {
    }

    static byte[] of(OcraSuite suite, OcraInput input) throws InvalidChallengeException, InvalidOcraInputException {
        byte[] suiteText = suite.value().getBytes(StandardCharsets.US_ASCII);
        byte[] challenge = ChallengeEncoder.encode(suite, input.challenges());
        byte[] pinHash = suite.needsPin() ? input.pinHashFor(suite) : new byte[0];
        byte[] session = suite.needsSession() ? input.sessionFor(suite) : new byte[0];
        int length = suiteText.length + 1 + (suite.needsCounter() ? Long.BYTES : 0) + challenge.length
                + pinHash.length + session.length + (suite.needsTime() ? Long.BYTES : 0);
        ByteBuffer message = ByteBuffer.allocate(length);
        message.put(suiteText).put((byte) 0);
        if (suite.needsCounter()) {
            message.putLong(input.counterFor(suite));
        }
        message.put(challenge).put(pinHash).put(session);
        if (suite.needsTime()) {
            message.putLong(input.timeStepFor(suite));
        }
        return message.array();
    }
}
