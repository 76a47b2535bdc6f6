package be.digitalkeys.it.contract;

import java.util.Random;

/** Text a person may type, in several scripts: letters, digits, inner spaces and punctuation; never at the ends a space. */
final class Texts {

    private static final String[] ALPHABETS = {
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        "éèêëàâçôûüïÉÀÇœæß",
        "αβγδεζηθλμπσωΩΔ",
        "абвгдежзиклмнопрстуфхцЖЩЯ",
        "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
        "אבגדהוזחטיכלמנסעפצקרשת",
        "東京大阪名古屋札幌福岡",
        "한국어서울부산",
        "😀🏠🌳"
    };
    private static final String INNER = " -'.&()";

    private Texts() {
    }

    /** Between {@code min} and {@code max} UTF-16 characters. */
    static String word(Random random, int min, int max) {
        int target = min + random.nextInt(Math.max(1, max - min + 1));
        String alphabet = ALPHABETS[random.nextInt(10) < 5 ? 0 : random.nextInt(ALPHABETS.length)];
        StringBuilder out = new StringBuilder();
        while (out.length() < target) {
            boolean inner = out.length() > 0 && out.length() < target - 1 && random.nextInt(8) == 0;
            if (inner) {
                out.append(INNER.charAt(random.nextInt(INNER.length())));
                continue;
            }
            int[] cps = alphabet.codePoints().toArray();
            int cp = cps[random.nextInt(cps.length)];
            if (out.length() + Character.charCount(cp) > target) {
                cp = 'a' + random.nextInt(26);
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }
}
