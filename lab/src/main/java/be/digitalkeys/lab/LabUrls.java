package be.digitalkeys.lab;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Addresses of the lab's endpoints ({@code /realms/{realm}/dk-lab/...}), as paths on this server. */
final class LabUrls {

    private LabUrls() {
    }

    static String of(KeycloakSession session, RealmModel realm, String path) {
        return session.getContext().getUri().getBaseUri().getPath().replaceAll("/$", "")
                + "/realms/" + realm.getName() + "/" + LabResourceProviderFactory.PROVIDER_ID + "/" + path;
    }
}
