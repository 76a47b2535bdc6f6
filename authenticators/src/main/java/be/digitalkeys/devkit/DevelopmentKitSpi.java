package be.digitalkeys.devkit;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** SPI "dk-development-kit": the one door through which the lab jar reaches production code. */
public class DevelopmentKitSpi implements Spi {

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return "dk-development-kit";
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return DevelopmentKit.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return DevelopmentKitFactory.class;
    }
}
