package be.digitalkeys.eid;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import be.digitalkeys.common.Values;
import be.digitalkeys.eid.ocsp.OcspSettings;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Typed view of a dk-eid execution's configuration: the trust store (the shipped Belgian roots and
 * Citizen CA, minus removed ones, plus the operator's), OCSP, and what happens at a first login.
 */
public final class EidConfig {

    public static final String TRUST_SHIPPED = "trustShippedCertificates";
    public static final String REMOVED_CERTIFICATES = "removedCertificates";
    public static final String EXTRA_CERTIFICATES = "extraCertificates";
    public static final String FETCH_INTERMEDIATES = "fetchIntermediates";
    public static final String INTERMEDIATE_HOSTS = "intermediateHosts";
    /** Where the Belgian eID PKI publishes its CA certificates. */
    public static final String DEFAULT_INTERMEDIATE_HOSTS = "certs.eid.belgium.be crt.eidpki.belgium.be";
    public static final String OCSP_ENABLED = "ocspEnabled";
    public static final String OCSP_RESPONDER = "ocspResponderUrl";
    public static final String OCSP_TIMEOUT_MS = "ocspTimeoutMillis";
    public static final String OCSP_CACHE_SECONDS = "ocspCacheSeconds";
    public static final String OCSP_MAX_AGE_SECONDS = "ocspMaxAgeSeconds";
    public static final String OCSP_FAIL_OPEN = "ocspFailOpen";
    public static final String OCSP_REQUIRE_NONCE = "ocspRequireNonce";
    public static final String FIRST_LOGIN = "firstLogin";
    public static final String NONCE_SECONDS = "nonceSeconds";

    /** What a login with a card whose national number no account carries yet does. */
    public enum FirstLogin {
        /** Create the account (names from the card), or link a pre-registered one. */
        CREATE,
        /** Link only an account pre-registered with that national register number. */
        LINK,
        /** Only accounts that have logged in with their eID before. */
        REFUSE
    }

    public static final List<ProviderConfigProperty> CONFIG_PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(TRUST_SHIPPED).label("Trust the shipped Belgian eID certificates")
            .helpText("Belgium Root CA3, CA4, CA6 and the Citizen CA shipped with Digital Keys. Trust is by key, never by name.")
            .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("true").add()
            .property().name(REMOVED_CERTIFICATES).label("Removed certificates (SHA-256 fingerprints)")
            .helpText("Shipped certificates no longer trusted: their SHA-256 fingerprints in hex, one per value.")
            .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE).add()
            .property().name(EXTRA_CERTIFICATES).label("Additional trusted certificates (PEM)")
            .helpText("More roots and Citizen/Foreigner CAs, as PEM blocks (-----BEGIN CERTIFICATE-----). Self-signed ones become roots.")
            .type(ProviderConfigProperty.TEXT_TYPE).defaultValue("").add()
            .property().name(FETCH_INTERMEDIATES).label("Fetch missing Citizen/Foreigner CAs")
            .helpText("Download the issuing CA named in the card's certificate (AIA) when it is not in the trust store; the chain must still end at a trusted root.")
            .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("true").add()
            .property().name(INTERMEDIATE_HOSTS).label("Hosts CAs may be fetched from")
            .helpText("Space-separated host names. A certificate naming any other address is not followed, so a forged card cannot make "
                    + "Keycloak call arbitrary hosts.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(DEFAULT_INTERMEDIATE_HOSTS).add()
            .property().name(OCSP_ENABLED).label("Check revocation (OCSP)")
            .helpText("Ask the card's OCSP responder whether the certificate is revoked. Turn off only in test realms.")
            .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("true").add()
            .property().name(OCSP_RESPONDER).label("OCSP responder URL")
            .helpText("Empty: the responder named in the certificate (http://ocsp.eid.belgium.be/2 on Belgian cards).")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("").add()
            .property().name(OCSP_TIMEOUT_MS).label("OCSP timeout (ms)").helpText("How long to wait for the responder.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("5000").add()
            .property().name(OCSP_CACHE_SECONDS).label("OCSP cache (seconds)")
            .helpText("How long a 'good' or 'revoked' answer is reused, cluster-wide. 0: ask every time.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("300").add()
            .property().name(OCSP_MAX_AGE_SECONDS).label("OCSP answer maximum age (seconds)")
            .helpText("Answers produced longer ago than this are refused as stale.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("900").add()
            .property().name(OCSP_FAIL_OPEN).label("Accept when the responder cannot be reached")
            .helpText("Off (fail-closed, the default): no answer, no login. On: log a warning and accept. A revoked card is always refused.")
            .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("false").add()
            .property().name(OCSP_REQUIRE_NONCE).label("Require the OCSP nonce")
            .helpText("On (the default): an answer that does not echo this request's nonce is refused, so a recorded old answer "
                    + "cannot be replayed after a revocation; it then counts as no answer (see the option above). Belgian eID "
                    + "responders echo it. Turn off only for a responder that cannot.")
            .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("true").add()
            .property().name(FIRST_LOGIN).label("First login")
            .helpText("create: create the account (or link a pre-registered one); link: only accounts pre-registered with the national "
                    + "register number; refuse: only accounts that used their eID before.")
            .type(ProviderConfigProperty.LIST_TYPE).options("create", "link", "refuse").defaultValue("link").add()
            .build();

    private final Map<String, String> config;

    public EidConfig(AuthenticatorConfigModel model) {
        this.config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    }

    public boolean trustShipped() {
        return !"false".equalsIgnoreCase(config.getOrDefault(TRUST_SHIPPED, "true"));
    }

    /** Uppercase hex fingerprints, separators removed; Keycloak stores multivalued strings joined by "##". */
    public Set<String> removedFingerprints() {
        String raw = config.getOrDefault(REMOVED_CERTIFICATES, "");
        return Arrays.stream(raw.split("##|[,\\s]+"))
                .map(s -> s.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public String extraCertificates() {
        return config.getOrDefault(EXTRA_CERTIFICATES, "");
    }

    public boolean fetchIntermediates() {
        return !"false".equalsIgnoreCase(config.getOrDefault(FETCH_INTERMEDIATES, "true"));
    }

    /** Lower-case host names the CA certificates may be downloaded from. */
    public Set<String> intermediateHosts() {
        return Arrays.stream(config.getOrDefault(INTERMEDIATE_HOSTS, DEFAULT_INTERMEDIATE_HOSTS).split("[,\\s]+"))
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public FirstLogin firstLogin() {
        String value = config.getOrDefault(FIRST_LOGIN, "link").strip().toUpperCase(Locale.ROOT);
        try {
            return FirstLogin.valueOf(value);
        } catch (IllegalArgumentException e) {
            return FirstLogin.LINK;
        }
    }

    /** Nonce lifetime: 5 minutes (Web eID's recommendation), at most 10. */
    public int nonceSeconds() {
        return Values.bounded(config.get(NONCE_SECONDS), 300, 30, 600);
    }

    /** The configured responder; a malformed address is logged and the certificate's own responder used. */
    private static URI responderOverride(String responder) {
        if (responder.isEmpty()) {
            return null;
        }
        try {
            URI uri = URI.create(responder);
            if ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        org.jboss.logging.Logger.getLogger(EidConfig.class).warnf("The eID OCSP responder URL is not an http(s) address; "
                + "the responder named in each certificate is used");
        return null;
    }

    public OcspSettings ocsp() {
        OcspSettings defaults = OcspSettings.defaults();
        String responder = config.getOrDefault(OCSP_RESPONDER, "").strip();
        return new OcspSettings(
                !"false".equalsIgnoreCase(config.getOrDefault(OCSP_ENABLED, "true")),
                responderOverride(responder),
                Duration.ofMillis(Values.bounded(config.get(OCSP_TIMEOUT_MS), 5000, 100, 60_000)),
                Duration.ofSeconds(Values.bounded(config.get(OCSP_CACHE_SECONDS), 300, 0, 86_400)),
                Duration.ofSeconds(Values.bounded(config.get(OCSP_MAX_AGE_SECONDS), 900, 60, 7 * 86_400)),
                defaults.allowedSkew(),
                "true".equalsIgnoreCase(config.getOrDefault(OCSP_FAIL_OPEN, "false")),
                !"false".equalsIgnoreCase(config.getOrDefault(OCSP_REQUIRE_NONCE, "true")));
    }
}
