package be.digitalkeys.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AppRequestTest {

    private static AppRequest pending(String icon, List<String> icons) {
        return new AppRequest("AAAAAAAAAAAAAAAAAAAAAA", "realm-id", "user-id", icon, icons, "Mon service, « test »",
                List.of("firstName", "niss"), AppRequest.State.PENDING, 1_000_000L, "");
    }

    @Test
    void notes_roundTrip_keepsEveryField() {
        AppRequest request = pending("star", List.of("moon", "star", "car"));
        AppRequest read = AppRequest.of(request.id(), request.notes());
        assertEquals(request, read);
    }

    @Test
    void noIcon_roundTrip_offersNone() {
        AppRequest read = AppRequest.of("AAAAAAAAAAAAAAAAAAAAAA", pending("", List.of()).notes());
        assertFalse(read.showsIcon());
        assertEquals(List.of(), read.icons());
    }

    @Test
    void pendingPastItsEnd_isExpired_butFinalStatesStay() {
        AppRequest request = pending("", List.of());
        assertEquals(AppRequest.State.PENDING, request.stateAt(999_999L));
        assertEquals(AppRequest.State.EXPIRED, request.stateAt(1_000_000L));
        assertEquals(AppRequest.State.APPROVED, request.with(AppRequest.State.APPROVED, "d").stateAt(2_000_000L));
        assertEquals(AppRequest.State.DENIED, request.with(AppRequest.State.DENIED, "d").stateAt(2_000_000L));
    }

    @Test
    void unknownStoredState_readsAsExpired() {
        Map<String, String> notes = new java.util.HashMap<>(pending("", List.of()).notes());
        notes.put("state", "approvedd");
        assertEquals(AppRequest.State.EXPIRED, AppRequest.of("AAAAAAAAAAAAAAAAAAAAAA", notes).state());
        notes.put("expires", "not-a-number");
        assertTrue(AppRequest.of("AAAAAAAAAAAAAAAAAAAAAA", notes).expiresAt() == 0);
    }

    @Test
    void stateIds_matchTheApi() {
        assertEquals("wrong_icon", AppRequest.State.WRONG_ICON.id());
        assertEquals("pending", AppRequest.State.PENDING.id());
    }
}
