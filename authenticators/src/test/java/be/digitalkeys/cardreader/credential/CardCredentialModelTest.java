package be.digitalkeys.cardreader.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.digitalkeys.cardreader.credential.CardCredentialModel.Status;
import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;

/** The card credential as Keycloak stores it: JSON round trip, label, status changes, unreadable data. */
class CardCredentialModelTest {

    private static final CardCredentialModel.Data DATA = new CardCredentialModel.Data("67031234567890121", "ANNE TEST",
            "OCRA-1:HOTP-SHA256-8:C-QN08", 7, "active", 2, false);
    private static final CardCredentialModel.Secret SECRET = new CardCredentialModel.Secret("00112233445566778899aabbccddeeff", null, null);

    @Test
    void storedAndReadBack_keepsEverything_andTheLabelIsMasked() {
        CardCredentialModel card = CardCredentialModel.fromModel(CardCredentialModel.create(DATA, SECRET));
        assertEquals(DATA, card.data());
        assertEquals(SECRET.key(), card.secret().key());
        assertEquals("6703 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u20222 1 ANNE TEST", card.getUserLabel());
        assertFalse(card.getCredentialData().contains(SECRET.key()), "the key is secret data only");
    }

    @Test
    void with_changesCounterStatusAndCount_only() {
        CardCredentialModel card = CardCredentialModel.create(DATA, SECRET);
        card.setId("id-1");
        CardCredentialModel blocked = card.with(9, Status.BLOCKED, 5);
        assertEquals("id-1", blocked.getId());
        assertEquals(9, blocked.data().counter());
        assertEquals(Status.BLOCKED, blocked.status());
        assertEquals(5, blocked.data().wrongResponses());
        assertEquals(DATA.cardNumber(), blocked.data().cardNumber());
        assertTrue(blocked.getUserLabel().endsWith("(blocked)"));
        assertEquals(card.getSecretData(), blocked.getSecretData());
    }

    @Test
    void unreadableData_isABlockedCard() {
        CredentialModel stored = new CredentialModel();
        stored.setType(CardCredentialModel.TYPE);
        stored.setCredentialData("{not json");
        stored.setSecretData("{}");
        assertEquals(Status.BLOCKED, CardCredentialModel.fromModel(stored).status());
    }
}
