package be.digitalkeys.lab;

import be.digitalkeys.lab.app.AppSimulatorResource;
import be.digitalkeys.lab.cardreader.CardSimulatorResource;
import be.digitalkeys.lab.eid.SoftwareEidResource;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * {@code /realms/{realm}/dk-lab/...}: the TEST software eID's cards and OCSP responder
 * ({@code software-eid/}), the card reader simulator ({@code card-simulator}) and the phone
 * simulator ({@code app-simulator}). Every path answers 404 unless the realm opted in.
 */
public class LabResource {

    private final KeycloakSession session;
    private final RealmModel realm;

    public LabResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    @Path("software-eid")
    public SoftwareEidResource softwareEid() {
        requireLab();
        return new SoftwareEidResource();
    }

    @Path("card-simulator")
    public CardSimulatorResource cardSimulator() {
        requireLab();
        return new CardSimulatorResource(session, realm, LabUrls.of(session, realm, "card-simulator"));
    }

    @Path("app-simulator")
    public AppSimulatorResource appSimulator() {
        requireLab();
        return new AppSimulatorResource(session, realm, LabUrls.of(session, realm, "app-simulator/app-code-check"));
    }

    private void requireLab() {
        if (!LabRealms.enabled(realm)) {
            throw new NotFoundException();
        }
    }
}
