package be.digitalkeys.password;

import be.digitalkeys.common.DkRequiredActionFactory;

public class PasswordSetupRequiredActionFactory extends DkRequiredActionFactory {

    public static final String PROVIDER_ID = "dk-password-setup";

    public PasswordSetupRequiredActionFactory() {
        super(PROVIDER_ID, "Digital Keys: choose password", new PasswordSetupRequiredAction());
    }
}
