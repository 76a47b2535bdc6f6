package be.digitalkeys.chooser;

/**
 * One digital key on the chooser page: the conditional subflow that implements it declares it
 * through the configuration of its {@code dk-condition-key} execution. Plain getters only, so
 * templates read {@code tile.id} without ambiguity.
 */
public final class KeyTile {

    /** "With eID or digital identity" (eID card reader, phone app). */
    public static final String GROUP_IDENTITY = "identity";
    /** "With a security code and username + password" (e-mail, SMS, authenticator app). */
    public static final String GROUP_SECURITY_CODE = "security-code";

    private final String id;
    private final String group;
    private final int order;
    private final int level;

    /** A tile that declares no level of assurance (its subflow has no level condition). */
    public KeyTile(String id, String group, int order) {
        this(id, group, order, NO_LEVEL);
    }

    /**
     * @param id    stable identifier, also the suffix of its message keys ({@code dkKey.<id>.title})
     * @param group {@link #GROUP_IDENTITY} or {@link #GROUP_SECURITY_CODE}
     * @param order position inside its group
     * @param level the level of assurance the key reaches (Keycloak's level number, the realm's
     *              {@code acr.loa.map} names it), or {@link #NO_LEVEL}
     */
    public KeyTile(String id, String group, int order, int level) {
        this.id = id;
        this.group = group;
        this.order = order;
        this.level = level;
    }

    /** Keycloak's "no level of authentication" ({@code Constants.NO_LOA}). */
    public static final int NO_LEVEL = -1;

    /** A copy of this tile at the given level. */
    public KeyTile atLevel(int newLevel) {
        return new KeyTile(id, group, order, newLevel);
    }

    public String getId() {
        return id;
    }

    public String getGroup() {
        return group;
    }

    public int getOrder() {
        return order;
    }

    public int getLevel() {
        return level;
    }

    /** True when a login asking for {@code requested} may use this key (nothing asked: every key). */
    public boolean reaches(int requested) {
        return requested <= 0 || level >= requested;
    }

    public String getTitleKey() {
        return "dkKey." + id + ".title";
    }

    public String getInfoKey() {
        return "dkKey." + id + ".info";
    }
}
