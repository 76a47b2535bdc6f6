package be.digitalkeys.registry;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import be.digitalkeys.registry.RegistryConfig.Field;

/**
 * The SQL the registry runs, built once from the checked table and column names. Every value is
 * a bound parameter; paging uses the SQL:2008 {@code OFFSET ... FETCH} clause that PostgreSQL,
 * H2, Oracle 12c+ and SQL Server 2012+ understand.
 */
final class RegistrySql {

    /** Escape character for LIKE patterns built from user input. */
    static final char ESCAPE = '!';

    private final String table;
    private final Map<Field, String> columns;
    private final String select;
    private final String cardTable;
    private final String cardUser;
    private final String cardNumber;

    RegistrySql(RegistryConfig config) {
        this.table = config.table();
        this.columns = config.mappedColumns();
        this.select = "SELECT " + columns.values().stream().map(c -> "p." + c).collect(Collectors.joining(", "))
                + " FROM " + table + " p";
        this.cardTable = config.cardTable().orElse(null);
        this.cardUser = config.cardUserColumn().orElse(null);
        this.cardNumber = config.cardNumberColumn().orElse(null);
    }

    List<Field> selectedFields() {
        return List.copyOf(columns.keySet());
    }

    boolean maps(Field field) {
        return columns.containsKey(field);
    }

    boolean hasCards() {
        return cardTable != null;
    }

    /** Selects nothing: checks that the table and every mapped column exist. */
    String probe() {
        return select + " WHERE 1 = 0";
    }

    String probeCards() {
        return "SELECT c." + cardUser + ", c." + cardNumber + " FROM " + cardTable + " c WHERE 1 = 0";
    }

    /** Exact match on one column; username and e-mail ignore case (index LOWER(column)). */
    String byField(Field field) {
        String column = "p." + columns.get(field);
        boolean caseless = field == Field.USERNAME || field == Field.EMAIL;
        return select + " WHERE " + (caseless ? "LOWER(" + column + ") = LOWER(?)" : column + " = ?");
    }

    String byCardNumber() {
        return select + " JOIN " + cardTable + " c ON c." + cardUser + " = p." + columns.get(Field.ID)
                + " WHERE c." + cardNumber + " = ?";
    }

    String cardsOf(int people) {
        return "SELECT c." + cardUser + ", c." + cardNumber + " FROM " + cardTable + " c WHERE c." + cardUser
                + " IN (" + String.join(", ", java.util.Collections.nCopies(people, "?")) + ") ORDER BY c." + cardNumber;
    }

    /** Case-insensitive LIKE on username, e-mail and names, paged; 4 pattern parameters then offset and limit. */
    String search(List<Field> fields) {
        return select + " WHERE " + likeAny(fields) + " ORDER BY p." + columns.get(Field.USERNAME) + page();
    }

    String countSearch(List<Field> fields) {
        return "SELECT COUNT(*) FROM " + table + " p WHERE " + likeAny(fields);
    }

    String all() {
        return select + " ORDER BY p." + columns.get(Field.USERNAME) + page();
    }

    String count() {
        return "SELECT COUNT(*) FROM " + table + " p";
    }

    /** For the sync: everyone, in a stable order, a page at a time. */
    String allById() {
        return select + " ORDER BY p." + columns.get(Field.ID) + page();
    }

    String changedSince() {
        return select + " WHERE p." + columns.get(Field.UPDATED_AT) + " > ? ORDER BY p." + columns.get(Field.ID) + page();
    }

    /** Which of the given ids still exist (for removing people deleted from the registry). */
    String existingIds(int ids) {
        return "SELECT p." + columns.get(Field.ID) + " FROM " + table + " p WHERE p." + columns.get(Field.ID)
                + " IN (" + String.join(", ", java.util.Collections.nCopies(ids, "?")) + ")";
    }

    /** The text fields a free-text search looks in, among those mapped. */
    List<Field> searchable() {
        return List.of(Field.USERNAME, Field.EMAIL, Field.FIRST_NAME, Field.LAST_NAME).stream().filter(columns::containsKey).toList();
    }

    private String likeAny(List<Field> fields) {
        return "(" + fields.stream().map(f -> "LOWER(p." + columns.get(f) + ") LIKE ? ESCAPE '" + ESCAPE + "'")
                .collect(Collectors.joining(" OR ")) + ")";
    }

    private static String page() {
        return " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    }

    /**
     * Keycloak's search syntax to a LIKE pattern: {@code "exact"} in quotes, {@code *} as a
     * wildcard, otherwise a prefix; LIKE's own metacharacters in the input match themselves.
     */
    static String likePattern(String search) {
        String text = search == null ? "" : search.strip().toLowerCase(java.util.Locale.ROOT);
        boolean exact = text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"");
        if (exact) {
            text = text.substring(1, text.length() - 1);
        }
        StringBuilder pattern = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (ch == ESCAPE || ch == '%' || ch == '_') {
                pattern.append(ESCAPE).append(ch);
            } else if (ch == '*' && !exact) {
                pattern.append('%');
            } else {
                pattern.append(ch);
            }
        }
        if (!exact && !text.contains("*")) {
            pattern.append('%');
        }
        return pattern.toString();
    }
}
