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

    /**
     * @param id    stable identifier, also the suffix of its message keys ({@code dkKey.<id>.title})
     * @param group {@link #GROUP_IDENTITY} or {@link #GROUP_SECURITY_CODE}
     * @param order position inside its group
     */
    public KeyTile(String id, String group, int order) {
        this.id = id;
        this.group = group;
        this.order = order;
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

    public String getTitleKey() {
        return "dkKey." + id + ".title";
    }

    public String getInfoKey() {
        return "dkKey." + id + ".info";
    }
}
