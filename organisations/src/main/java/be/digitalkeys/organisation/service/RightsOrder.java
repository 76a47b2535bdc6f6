package be.digitalkeys.organisation.service;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one order of every listing of rights (a person's rights on the page and in the API, copied
 * rights): by context path — the context names from the organisation's root down, compared name by
 * name, so a context comes right before its sub-contexts — then by right name, then by client id.
 * Names compare as people read them ({@link Collator} of {@link Locale#ROOT}: case and accents
 * second); context ids and grant ids break the remaining ties, so equal names never leave the
 * order to the database.
 */
final class RightsOrder {

    private RightsOrder() {
    }

    /** {@code pathNames}: context id → the context names from the root down to that context. */
    static Comparator<Views.RightView> byContextPathThenRight(Function<String, List<String>> pathNames) {
        Comparator<String> names = names();
        Comparator<List<String>> paths = (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = names.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        };
        return Comparator.comparing((Views.RightView r) -> pathNames.apply(r.contextId()), paths)
                .thenComparing(Views.RightView::right, names)
                .thenComparing(Views.RightView::clientId, names)
                .thenComparing(Views.RightView::contextId, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Views.RightView::grantId, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static Comparator<String> names() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        return Comparator.nullsLast(Comparator.comparing((String s) -> s, collator).thenComparing(Comparator.naturalOrder()));
    }
}
