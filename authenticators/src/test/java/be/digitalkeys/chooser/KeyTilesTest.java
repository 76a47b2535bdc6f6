package be.digitalkeys.chooser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class KeyTilesTest {

    private static final int LOW = 1;
    private static final int SUBSTANTIAL = 2;
    private static final int HIGH = 3;

    private final KeyTiles publicServices = KeyTiles.of(List.of(
            new KeyTile("eid", KeyTile.GROUP_IDENTITY, 10, HIGH),
            new KeyTile("app", KeyTile.GROUP_IDENTITY, 20, HIGH),
            new KeyTile("email-code", KeyTile.GROUP_SECURITY_CODE, 10, LOW),
            new KeyTile("app-code", KeyTile.GROUP_SECURITY_CODE, 20, SUBSTANTIAL),
            new KeyTile("sms-code", KeyTile.GROUP_SECURITY_CODE, 30, LOW)));

    private static List<String> ids(KeyTiles tiles) {
        return tiles.all().stream().map(KeyTile::getId).toList();
    }

    @Test
    void nothingAsked_offersEveryKey() {
        assertEquals(ids(publicServices), ids(publicServices.reaching(-1)));
        assertEquals(ids(publicServices), ids(publicServices.reaching(0)), "level 0 is single sign-on: every key reaches it");
    }

    @Test
    void aLevel_offersTheKeysAtOrAboveIt_inTheirOrder() {
        assertEquals(List.of("eid", "app", "email-code", "app-code", "sms-code"), ids(publicServices.reaching(LOW)));
        assertEquals(List.of("eid", "app", "app-code"), ids(publicServices.reaching(SUBSTANTIAL)));
        assertEquals(List.of("eid", "app"), ids(publicServices.reaching(HIGH)));
        assertTrue(publicServices.reaching(HIGH + 1).isEmpty(), "no key reaches a level above high");
        assertEquals(HIGH, publicServices.highestLevel());
    }

    @Test
    void aKeyWithoutLevel_reachesOnlyARequestForNothing() {
        KeyTile unleveled = new KeyTile("custom", KeyTile.GROUP_IDENTITY, 10);
        assertEquals(KeyTile.NO_LEVEL, unleveled.getLevel());
        assertTrue(unleveled.reaches(-1));
        assertFalse(unleveled.reaches(LOW));
        assertEquals(KeyTile.NO_LEVEL, KeyTiles.of(List.of(unleveled)).highestLevel());
        assertEquals(KeyTile.NO_LEVEL, KeyTiles.of(List.of()).highestLevel());
    }

    @Test
    void atLevel_keepsTheTile() {
        KeyTile tile = new KeyTile("eid", KeyTile.GROUP_IDENTITY, 10).atLevel(HIGH);
        assertEquals("eid", tile.getId());
        assertEquals(KeyTile.GROUP_IDENTITY, tile.getGroup());
        assertEquals(10, tile.getOrder());
        assertEquals(HIGH, tile.getLevel());
    }
}
