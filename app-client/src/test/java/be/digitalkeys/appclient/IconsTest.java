package be.digitalkeys.appclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class IconsTest {

    @Test
    void twelveDistinctIcons_areKnown() {
        assertEquals(12, Icons.ALL.size());
        assertEquals(12, Set.copyOf(Icons.ALL).size());
        Icons.ALL.forEach(icon -> assertTrue(Icons.isKnown(icon), icon));
        assertFalse(Icons.isKnown(null));
        assertFalse(Icons.isKnown("Sun"));
        assertFalse(Icons.isKnown("dog"));
    }

    @Test
    void offer_givesDistinctIcons_includingTheCorrectOne() {
        Random random = new Random(42);
        for (int count = 2; count <= 6; count++) {
            for (String correct : Icons.ALL) {
                List<String> offered = Icons.offer(correct, count, random);
                assertEquals(count, offered.size());
                assertEquals(count, Set.copyOf(offered).size());
                assertTrue(offered.contains(correct));
                assertTrue(Icons.ALL.containsAll(offered));
            }
        }
    }

    @Test
    void offer_clampsTheCount() {
        Random random = new Random(7);
        assertEquals(2, Icons.offer("sun", -5, random).size());
        assertEquals(2, Icons.offer("sun", 1, random).size());
        assertEquals(6, Icons.offer("sun", 7, random).size());
        assertEquals(6, Icons.offer("sun", Integer.MAX_VALUE, random).size());
    }

    @Test
    void offer_putsTheCorrectIconAnywhere_andUsesEveryOther() {
        Random random = new Random(1);
        Set<Integer> positions = new HashSet<>();
        Set<String> others = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            List<String> offered = Icons.offer("key", 4, random);
            positions.add(offered.indexOf("key"));
            others.addAll(offered);
        }
        assertEquals(Set.of(0, 1, 2, 3), positions);
        assertEquals(Set.copyOf(Icons.ALL), others);
    }

    @Test
    void unknownCorrectIcon_isAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> Icons.offer("dog", 4, new Random()));
        assertThrows(IllegalArgumentException.class, () -> Icons.offer(null, 4, new Random()));
    }
}
