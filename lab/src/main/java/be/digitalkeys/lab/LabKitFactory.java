package be.digitalkeys.lab;

import be.digitalkeys.devkit.DevelopmentKit;
import be.digitalkeys.devkit.DevelopmentKitFactory;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Provider {@value #PROVIDER_ID} of the {@code dk-development-kit} SPI; says loudly at start that it is installed. */
public class LabKitFactory implements DevelopmentKitFactory {

    public static final String PROVIDER_ID = "dk-lab";
    static final String WARNING = "\n"
            + "************************************************************************************\n"
            + "*  DEVELOPMENT KIT INSTALLED (digitalkeys-lab): TEST eID CA with PUBLIC private     *\n"
            + "*  keys, TEST software eID, card-reader and phone-app simulators. Realms with the    *\n"
            + "*  attribute " + LabRealms.ATTRIBUTE + "=true trust TEST cards. NEVER RUN THIS IN PRODUCTION:    *\n"
            + "*  remove digitalkeys-lab-*.jar from providers/.                                    *\n"
            + "************************************************************************************";
    private static final Logger LOG = Logger.getLogger(LabKitFactory.class);

    @Override
    public DevelopmentKit create(KeycloakSession session) {
        return new LabKit();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        LOG.warn(WARNING);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
