package be.digitalkeys.appclient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The icons of the icon match: the browser shows one, the app offers a few including it, and
 * the user taps the one the browser shows (OpenAPI schema {@code RequestView.icons}).
 */
public final class Icons {

    /** Every icon id, as the OpenAPI document lists them. */
    public static final List<String> ALL = List.of(
            "sun", "moon", "star", "heart", "tree", "house", "car", "fish", "bell", "key", "leaf", "cloud");
    /** Fewest icons offered. */
    public static final int MIN_OFFERED = 2;
    /** Most icons offered. */
    public static final int MAX_OFFERED = 6;

    private Icons() {
    }

    /** Whether the id is one of {@link #ALL}. */
    public static boolean isKnown(String icon) {
        return icon != null && ALL.contains(icon);
    }

    /**
     * {@code count} distinct icons (clamped to {@value #MIN_OFFERED}..{@value #MAX_OFFERED}),
     * {@code correct} among them, in random order.
     *
     * @throws IllegalArgumentException {@code correct} is not a known icon
     */
    public static List<String> offer(String correct, int count, Random random) {
        if (!isKnown(correct)) {
            throw new IllegalArgumentException("Unknown icon: " + correct);
        }
        int offered = Math.max(MIN_OFFERED, Math.min(MAX_OFFERED, count));
        List<String> others = new ArrayList<>(ALL);
        others.remove(correct);
        Collections.shuffle(others, random);
        List<String> icons = new ArrayList<>(others.subList(0, offered - 1));
        icons.add(correct);
        Collections.shuffle(icons, random);
        return List.copyOf(icons);
    }
}
