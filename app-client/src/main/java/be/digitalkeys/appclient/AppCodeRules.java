package be.digitalkeys.appclient;

import java.util.List;

/**
 * Checks an app code chosen on the phone against the {@link AppCodeRule}s, without any Keycloak
 * or JSON type, so the app, the reference client and the server apply the very same rules.
 */
public interface AppCodeRules {

    /**
     * @throws AppCodeException for the first rule (in {@link AppCodeRule} order) the code breaks
     */
    void check(String code) throws AppCodeException;

    /**
     * Every rule the code breaks, in {@link AppCodeRule} order, so a screen can tick the rules
     * while the user types; only {@link AppCodeRule#LENGTH} when the code is not five digits.
     */
    List<AppCodeRule> broken(String code);

    /** The rules of the app: five digits, none of the other rules broken. */
    static AppCodeRules standard() {
        return AppCodeRulesImpl.STANDARD;
    }
}
