package be.digitalkeys.app.push;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** SPI "dk-app-push-sender": operators plug their push service (FCM, APNs relay, ...) as a provider. */
public class PushSenderSpi implements Spi {

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return "dk-app-push-sender";
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return PushSender.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return PushSenderFactory.class;
    }
}
