package be.digitalkeys.profile;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** SPI "dk-profile-source": who else a person may act as after logging in. */
public class ProfileSourceSpi implements Spi {

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return "dk-profile-source";
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return ProfileSource.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return ProfileSourceFactory.class;
    }
}
