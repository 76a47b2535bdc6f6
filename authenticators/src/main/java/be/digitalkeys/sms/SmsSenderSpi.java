package be.digitalkeys.sms;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** SPI "dk-sms-sender": operators can add their own gateway as a provider. */
public class SmsSenderSpi implements Spi {

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return "dk-sms-sender";
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return SmsSender.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return SmsSenderFactory.class;
    }
}
