package be.digitalkeys.common;

/**
 * The user attributes our login methods find people by. Local users carry them as ordinary
 * attributes; the registry user storage ({@code dk-registry}) maps them to columns of the
 * operator's database, so the same look-up finds both.
 */
public final class UserAttributes {

    /** Belgian national register number (NISS/INSZ), 11 digits without separators. */
    public static final String NISS = "niss";
    /** Mobile phone number in E.164 (+32470123456). */
    public static final String PHONE = "phoneNumber";
    /** Bank card number(s), 17 digits without separators; one value per card. */
    public static final String CARD_NUMBER = "cardNumber";
    /**
     * {@code true} on a placeholder an organisation's access manager registered by national number:
     * a disabled user without credentials, e-mail or trusted names, that becomes an account only when
     * the person proves the number themselves (eID login, first-login rule "link").
     */
    public static final String PREREGISTERED = "dk-preregistered";
    /** Prefix of the placeholder's untrusted attributes (names typed by a manager, per organisation); gone once linked. */
    public static final String PREREGISTERED_PREFIX = "dk-preregistered-";

    /** When the account first logged in with its eID (epoch seconds): the eID link of the account. */
    public static final String EID_LINKED_AT = "eidLinkedAt";

    private UserAttributes() {
    }
}
