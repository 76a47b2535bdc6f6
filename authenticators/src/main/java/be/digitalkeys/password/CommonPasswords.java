package be.digitalkeys.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The list of common passwords that NIST SP 800-63B asks to refuse. Comparison ignores case and
 * Unicode composition, so "Azerty123" and "AZERTY123" are refused like "azerty123".
 */
public final class CommonPasswords {

    static final String RESOURCE = "/be/digitalkeys/password/common-passwords.txt";

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = Set.copyOf(passwords);
    }

    /** The list shipped in this jar. */
    public static CommonPasswords shipped() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One password a line; empty lines and lines starting with '#' are skipped. */
    public static CommonPasswords read(InputStream in) throws IOException {
        Set<String> set = new HashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                set.add(canonical(line.strip()));
            }
        }
        return new CommonPasswords(set);
    }

    public boolean contains(String password) {
        return password != null && passwords.contains(canonical(password));
    }

    public int size() {
        return passwords.size();
    }

    private static String canonical(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
