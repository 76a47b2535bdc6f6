package be.digitalkeys.cardreader.ocra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every test vector of RFC 6287 Appendix C (70 in all), computed and then verified. */
class OcraRfc6287VectorsTest {

    /** Appendix C: "Standard 20Byte key", hex 3132333435363738393031323334353637383930. */
    static final byte[] KEY20 = ascii("12345678901234567890");
    static final byte[] KEY32 = ascii("12345678901234567890123456789012");
    static final byte[] KEY64 = ascii("1234567890123456789012345678901234567890123456789012345678901234");
    /** SHA-1 of the PIN "1234", as given in Appendix C. */
    static final byte[] PIN_1234_SHA1 = HexFormat.of().parseHex("7110eda4d09e062aa5e4a390b0a572ac0d2c0220");
    /** T of the time-based vectors: 0x132d0b6 minutes since the epoch (2008-03-25 12:06 UTC). */
    static final long T = 0x132d0b6L;

    @ParameterizedTest(name = "C.1 OCRA-1:HOTP-SHA1-6:QN08 Q={0} -> {1}")
    @CsvSource({
            "00000000, 237653", "11111111, 243178", "22222222, 653583", "33333333, 740991",
            "44444444, 608993", "55555555, 388898", "66666666, 816933", "77777777, 224598",
            "88888888, 750600", "99999999, 294470"
    })
    void oneWay_sha1_qn08(String q, String expected) throws Exception {
        check("OCRA-1:HOTP-SHA1-6:QN08", KEY20, OcraInput.builder().challenge(q).build(), expected);
    }

    @ParameterizedTest(name = "C.1 OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1 C={0} -> {1}")
    @CsvSource({
            "0, 65347737", "1, 86775851", "2, 78192410", "3, 71565254", "4, 10104329",
            "5, 65983500", "6, 70069104", "7, 91771096", "8, 75011558", "9, 08522129"
    })
    void oneWay_sha256_counter_pinSha1(long counter, String expected) throws Exception {
        check("OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1", KEY32,
                OcraInput.builder().counter(counter).challenge("12345678").pinHash(PIN_1234_SHA1).build(), expected);
        // The same with the PIN in clear, hashed by the computation.
        check("OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1", KEY32,
                OcraInput.builder().counter(counter).challenge("12345678").pin("1234").build(), expected);
    }

    @ParameterizedTest(name = "C.1 OCRA-1:HOTP-SHA256-8:QN08-PSHA1 Q={0} -> {1}")
    @CsvSource({
            "00000000, 83238735", "11111111, 01501458", "22222222, 17957585", "33333333, 86776967",
            "44444444, 86807031"
    })
    void oneWay_sha256_pinSha1(String q, String expected) throws Exception {
        check("OCRA-1:HOTP-SHA256-8:QN08-PSHA1", KEY32,
                OcraInput.builder().challenge(q).pin("1234").build(), expected);
    }

    @ParameterizedTest(name = "C.1 OCRA-1:HOTP-SHA512-8:C-QN08 C={0} Q={1} -> {2}")
    @CsvSource({
            "0, 00000000, 07016083", "1, 11111111, 63947962", "2, 22222222, 70123924",
            "3, 33333333, 25341727", "4, 44444444, 33203315", "5, 55555555, 34205738",
            "6, 66666666, 44343969", "7, 77777777, 51946085", "8, 88888888, 20403879",
            "9, 99999999, 31409299"
    })
    void oneWay_sha512_counter(long counter, String q, String expected) throws Exception {
        check("OCRA-1:HOTP-SHA512-8:C-QN08", KEY64,
                OcraInput.builder().counter(counter).challenge(q).build(), expected);
    }

    @ParameterizedTest(name = "C.1 OCRA-1:HOTP-SHA512-8:QN08-T1M Q={0} -> {1}")
    @CsvSource({
            "00000000, 95209754", "11111111, 55907591", "22222222, 22048402", "33333333, 24218844",
            "44444444, 36209546"
    })
    void oneWay_sha512_time(String q, String expected) throws Exception {
        check("OCRA-1:HOTP-SHA512-8:QN08-T1M", KEY64,
                OcraInput.builder().challenge(q).timeStep(T).build(), expected);
        // The same from the clock: any second of that minute.
        check("OCRA-1:HOTP-SHA512-8:QN08-T1M", KEY64,
                OcraInput.builder().challenge(q).epochSeconds(T * 60 + 59).build(), expected);
    }

    @ParameterizedTest(name = "C.2 server OCRA-1:HOTP-SHA256-8:QA08 Q={0}{1} -> {2}")
    @CsvSource({
            "CLI22220, SRV11110, 28247970", "CLI22221, SRV11111, 01984843", "CLI22222, SRV11112, 65387857",
            "CLI22223, SRV11113, 03351211", "CLI22224, SRV11114, 83412541"
    })
    void mutual_sha256_server(String client, String server, String expected) throws Exception {
        check("OCRA-1:HOTP-SHA256-8:QA08", KEY32, OcraInput.builder().challenges(client, server).build(), expected);
    }

    @ParameterizedTest(name = "C.2 client OCRA-1:HOTP-SHA256-8:QA08 Q={0}{1} -> {2}")
    @CsvSource({
            "SRV11110, CLI22220, 15510767", "SRV11111, CLI22221, 90175646", "SRV11112, CLI22222, 33777207",
            "SRV11113, CLI22223, 95285278", "SRV11114, CLI22224, 28934924"
    })
    void mutual_sha256_client(String server, String client, String expected) throws Exception {
        check("OCRA-1:HOTP-SHA256-8:QA08", KEY32, OcraInput.builder().challenges(server, client).build(), expected);
    }

    @ParameterizedTest(name = "C.2 server OCRA-1:HOTP-SHA512-8:QA08 Q={0}{1} -> {2}")
    @CsvSource({
            "CLI22220, SRV11110, 79496648", "CLI22221, SRV11111, 76831980", "CLI22222, SRV11112, 12250499",
            "CLI22223, SRV11113, 90856481", "CLI22224, SRV11114, 12761449"
    })
    void mutual_sha512_server(String client, String server, String expected) throws Exception {
        check("OCRA-1:HOTP-SHA512-8:QA08", KEY64, OcraInput.builder().challenges(client, server).build(), expected);
    }

    @ParameterizedTest(name = "C.2 client OCRA-1:HOTP-SHA512-8:QA08-PSHA1 Q={0}{1} -> {2}")
    @CsvSource({
            "SRV11110, CLI22220, 18806276", "SRV11111, CLI22221, 70020315", "SRV11112, CLI22222, 01600026",
            "SRV11113, CLI22223, 18951020", "SRV11114, CLI22224, 32528969"
    })
    void mutual_sha512_client_pinSha1(String server, String client, String expected) throws Exception {
        check("OCRA-1:HOTP-SHA512-8:QA08-PSHA1", KEY64,
                OcraInput.builder().challenges(server, client).pinHash(PIN_1234_SHA1).build(), expected);
    }

    @ParameterizedTest(name = "C.3 OCRA-1:HOTP-SHA256-8:QA08 Q={0} -> {1}")
    @CsvSource({
            "SIG10000, 53095496", "SIG11000, 04110475", "SIG12000, 31331128", "SIG13000, 76028668",
            "SIG14000, 46554205"
    })
    void signature_sha256_qa08(String q, String expected) throws Exception {
        check("OCRA-1:HOTP-SHA256-8:QA08", KEY32, OcraInput.builder().challenge(q).build(), expected);
    }

    @ParameterizedTest(name = "C.3 OCRA-1:HOTP-SHA512-8:QA10-T1M Q={0} -> {1}")
    @CsvSource({
            "SIG1000000, 77537423", "SIG1100000, 31970405", "SIG1200000, 10235557", "SIG1300000, 95213541",
            "SIG1400000, 65360607"
    })
    void signature_sha512_qa10_time(String q, String expected) throws Exception {
        check("OCRA-1:HOTP-SHA512-8:QA10-T1M", KEY64, OcraInput.builder().challenge(q).timeStep(T).build(), expected);
    }

    /** Computes the vector, then has the verifier (no windows) accept it. */
    private static void check(String suiteText, byte[] key, OcraInput input, String expected) throws Exception {
        OcraSuite suite = OcraSuite.parse(suiteText);
        assertEquals(expected, Ocra.forSuite(suite).compute(key, input));
        OcraVerifier exact = OcraVerifier.builder(suite).counterLookAhead(0).timeWindow(0).build();
        exact.verify(key, input, expected);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
