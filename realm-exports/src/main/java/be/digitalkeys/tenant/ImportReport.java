package be.digitalkeys.tenant;

import java.util.ArrayList;
import java.util.List;

/** What one run created, updated and left unchanged, and the overall outcome. */
public final class ImportReport {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    private final List<String> lines = new ArrayList<>();
    private boolean created;
    private boolean updated;

    void created(String what) {
        created = true;
        lines.add("created    " + what);
    }

    void updated(String what) {
        updated = true;
        lines.add("updated    " + what);
    }

    void unchanged(String what) {
        lines.add("unchanged  " + what);
    }

    void note(String what) {
        lines.add("note       " + what);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** CREATED when the realm was created, UPDATED when anything was written, else UNCHANGED. */
    public Outcome outcome() {
        return lines.stream().anyMatch(l -> l.startsWith("created    realm ")) ? Outcome.CREATED
                : created || updated ? Outcome.UPDATED : Outcome.UNCHANGED;
    }
}
