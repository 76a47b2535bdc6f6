package be.digitalkeys.totp;

import be.digitalkeys.common.DkRequiredActionFactory;

public class TotpSetupRequiredActionFactory extends DkRequiredActionFactory {

    public static final String PROVIDER_ID = "dk-totp-setup";

    public TotpSetupRequiredActionFactory() {
        super(PROVIDER_ID, "Digital Keys: set up authenticator app", new TotpSetupRequiredAction());
    }
}
