package be.digitalkeys.cardreader.ocra;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the grammar of RFC 6287 section 6; see {@link OcraSuite} for the accepted values. */
final class OcraSuiteParser {

    private static final String EXAMPLE = "e.g. OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1";
    private static final String ORDER = "[C-]QFxx[-PH][-Snnn][-TG]";
    private static final Pattern CRYPTO = Pattern.compile("HOTP-(SHA1|SHA256|SHA512)-(0|[4-9]|10)");
    private static final Pattern CHALLENGE = Pattern.compile("Q([ANH])(\\d{2})");
    private static final Pattern PIN = Pattern.compile("P(SHA1|SHA256|SHA512)");
    private static final Pattern SESSION = Pattern.compile("S(\\d{3})");
    private static final Pattern TIME = Pattern.compile("T([1-9]\\d?)([SMH])");

    private OcraSuiteParser() {
    }

    static OcraSuite parse(String text) throws InvalidOcraSuiteException {
        if (text == null || text.isEmpty()) {
            throw new InvalidOcraSuiteException("The OCRA suite is empty; " + EXAMPLE);
        }
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw new InvalidOcraSuiteException("OCRA suite '" + text
                    + "' must have three parts Algorithm:CryptoFunction:DataInput, " + EXAMPLE);
        }
        if (!"OCRA-1".equals(parts[0])) {
            throw new InvalidOcraSuiteException("Unsupported OCRA algorithm '" + parts[0]
                    + "': only OCRA-1 exists");
        }
        Matcher crypto = CRYPTO.matcher(parts[1]);
        if (!crypto.matches()) {
            throw new InvalidOcraSuiteException("Crypto function '" + parts[1]
                    + "' must be HOTP-SHA1, HOTP-SHA256 or HOTP-SHA512 followed by -0 or -4 to -10 digits,"
                    + " e.g. HOTP-SHA1-6");
        }
        return dataInput(text, parts[2], OcraHash.ofSuiteName(crypto.group(1)), Integer.parseInt(crypto.group(2)));
    }

    private static OcraSuite dataInput(String text, String dataInput, OcraHash hash, int digits)
            throws InvalidOcraSuiteException {
        String[] tokens = dataInput.split("-", -1);
        int next = 0;
        boolean counter = "C".equals(tokens[0]);
        if (counter) {
            next++;
        }
        Matcher challenge = next < tokens.length ? CHALLENGE.matcher(tokens[next]) : null;
        if (challenge == null || !challenge.matches()) {
            throw new InvalidOcraSuiteException("Data input '" + dataInput
                    + "' must start with the challenge QA, QN or QH and two digits (after an optional C-), e.g. QN08");
        }
        int challengeLength = Integer.parseInt(challenge.group(2));
        if (challengeLength < OcraSuite.MIN_CHALLENGE_LENGTH || challengeLength > OcraSuite.MAX_CHALLENGE_LENGTH) {
            throw new InvalidOcraSuiteException("Challenge length in '" + tokens[next] + "' must be 04 to 64");
        }
        next++;
        OcraHash pinHash = null;
        int sessionLength = 0;
        long timeStep = 0;
        int lastRank = 0;
        for (; next < tokens.length; next++) {
            String token = tokens[next];
            int rank = rank(token);
            if (rank == 0) {
                throw new InvalidOcraSuiteException("Unknown data input '" + token + "' in '" + dataInput
                        + "'; the grammar is " + ORDER);
            }
            if (rank <= lastRank) {
                throw new InvalidOcraSuiteException("Data input '" + token + "' is repeated or out of order in '"
                        + dataInput + "'; the order is " + ORDER);
            }
            lastRank = rank;
            if (rank == 1) {
                pinHash = pin(token);
            } else if (rank == 2) {
                sessionLength = session(token);
            } else {
                timeStep = timeStep(token);
            }
        }
        return new OcraSuite(text, hash, digits, counter, ChallengeFormat.ofCode(challenge.group(1).charAt(0)),
                challengeLength, pinHash, sessionLength, timeStep);
    }

    /** 1 for P, 2 for S, 3 for T; 0 for anything else. */
    private static int rank(String token) {
        if (token.isEmpty()) {
            return 0;
        }
        return "PST".indexOf(token.charAt(0)) + 1;
    }

    private static OcraHash pin(String token) throws InvalidOcraSuiteException {
        Matcher pin = PIN.matcher(token);
        if (!pin.matches()) {
            throw new InvalidOcraSuiteException("PIN input '" + token + "' must be PSHA1, PSHA256 or PSHA512");
        }
        return OcraHash.ofSuiteName(pin.group(1));
    }

    private static int session(String token) throws InvalidOcraSuiteException {
        Matcher session = SESSION.matcher(token);
        if (!session.matches() || Integer.parseInt(session.group(1)) == 0) {
            throw new InvalidOcraSuiteException("Session input '" + token
                    + "' must be S and a length of 001 to 999 bytes, e.g. S064");
        }
        return Integer.parseInt(session.group(1));
    }

    private static long timeStep(String token) throws InvalidOcraSuiteException {
        Matcher time = TIME.matcher(token);
        if (time.matches()) {
            int amount = Integer.parseInt(time.group(1));
            switch (time.group(2)) {
                case "S":
                    if (amount <= 59) {
                        return amount;
                    }
                    break;
                case "M":
                    if (amount <= 59) {
                        return amount * 60L;
                    }
                    break;
                default:
                    if (amount <= 48) {
                        return amount * 3600L;
                    }
            }
        }
        throw new InvalidOcraSuiteException("Time input '" + token
                + "' must be T and a step of 1-59 S, 1-59 M or 1-48 H, e.g. T1M or T30S");
    }
}
