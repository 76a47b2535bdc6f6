package be.digitalkeys.devkit;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import be.digitalkeys.eid.ocsp.OcspTransport;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Production code's questions to the installed development kits. Without a kit (production)
 * every answer is "nothing": no extra trust anchor, the network OCSP transport, no page addition.
 */
public final class DevelopmentKits {

    private DevelopmentKits() {
    }

    private static Set<DevelopmentKit> installed(KeycloakSession session) {
        return session.getAllProviders(DevelopmentKit.class);
    }

    public static List<X509Certificate> eidTrustAnchors(KeycloakSession session, RealmModel realm) {
        List<X509Certificate> anchors = new ArrayList<>();
        installed(session).forEach(kit -> anchors.addAll(kit.eidTrustAnchors(realm)));
        return anchors;
    }

    /** The extra certificate policies the kits accept for this realm (none in production). */
    public static Set<String> eidCertificatePolicies(KeycloakSession session, RealmModel realm) {
        Set<String> policies = new java.util.HashSet<>();
        installed(session).forEach(kit -> policies.addAll(kit.eidCertificatePolicies(realm)));
        return policies;
    }

    /** {@code network}, except for responders a kit answers for this realm. */
    public static OcspTransport eidOcspTransport(KeycloakSession session, RealmModel realm, OcspTransport network) {
        Set<DevelopmentKit> kits = installed(session);
        if (kits.isEmpty()) {
            return network;
        }
        return (URI responder, byte[] request, Duration timeout) -> {
            for (DevelopmentKit kit : kits) {
                Optional<OcspTransport> transport = kit.eidOcspTransport(realm, responder);
                if (transport.isPresent()) {
                    return transport.get().post(responder, request, timeout);
                }
            }
            return network.post(responder, request, timeout);
        };
    }

    /**
     * Sets the template attribute {@code dkDevKitTemplates}, the kits' templates to include (always,
     * an empty list in production, so templates need no default), and the kits' attributes.
     */
    public static LoginFormsProvider addToPage(KeycloakSession session, RealmModel realm, String template, LoginFormsProvider form) {
        List<String> templates = new ArrayList<>();
        for (DevelopmentKit kit : installed(session)) {
            PageAddition addition = kit.pageAddition(session, realm, template);
            templates.addAll(addition.templates());
            addition.attributes().forEach(form::setAttribute);
        }
        return form.setAttribute("dkDevKitTemplates", templates);
    }

}
