package be.digitalkeys.activation;

import be.digitalkeys.common.DkRequiredActionFactory;

public class ActivateKeysRequiredActionFactory extends DkRequiredActionFactory {

    public static final String PROVIDER_ID = "dk-activate-keys";

    public ActivateKeysRequiredActionFactory() {
        super(PROVIDER_ID, "Digital Keys: activate your digital keys (registration office)", new ActivateKeysRequiredAction());
    }
}
