package be.digitalkeys.cardreader;

import java.util.List;
import java.util.Map;

import be.digitalkeys.cardreader.ocra.InvalidOcraSuiteException;
import be.digitalkeys.cardreader.ocra.OcraSuite;
import be.digitalkeys.cardreader.ocra.OcraVerifier;
import be.digitalkeys.common.Values;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Typed view of a dk-card-reader execution's configuration, with the BelfiusWeb seed's defaults. */
public final class CardReaderConfig {

    public static final String ISSUER_PREFIX = "issuerPrefix";
    public static final String CHECK_DIGIT = "checkDigit";
    public static final String SUITE = "suite";
    public static final String COUNTER_LOOK_AHEAD = "counterLookAhead";
    public static final String TIME_WINDOW = "timeWindow";
    public static final String MAX_WRONG_RESPONSES = "maxWrongResponses";
    public static final String CHALLENGE_VALIDITY_SECONDS = "challengeValiditySeconds";
    public static final String SUPPORT_PHONE = "supportPhone";
    public static final String SUPPORT_HOURS = "supportHours";
    public static final String CONNECTOR_URL = "connectorUrl";
    public static final String REMEMBER_DAYS = "rememberDays";
    public static final String DEFAULT_SUITE = "OCRA-1:HOTP-SHA256-8:QN08";

    public static final List<ProviderConfigProperty> CONFIG_PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(ISSUER_PREFIX).label("Issuer prefix")
            .helpText("Digits every card number starts with, pre-filled on the page (6703 for Belgian bank cards). Empty: any.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(CardNumber.DEFAULT_ISSUER_PREFIX).add()
            .property().name(CHECK_DIGIT).label("Check digit (Luhn)").helpText("Refuse card numbers whose last digit is not the Luhn check digit.")
            .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("true").add()
            .property().name(SUITE).label("OCRA suite")
            .helpText("RFC 6287 suite of new cards, e.g. OCRA-1:HOTP-SHA256-8:QN08 or OCRA-1:HOTP-SHA1-6:C-QN08-PSHA1. Each card keeps its own.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(DEFAULT_SUITE).add()
            .property().name(COUNTER_LOOK_AHEAD).label("Counter look-ahead")
            .helpText("Suites with a counter: responses of up to this many counters ahead of the server's are accepted (RFC 4226 7.4).")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(OcraVerifier.Builder.DEFAULT_COUNTER_LOOK_AHEAD)).add()
            .property().name(TIME_WINDOW).label("Time window (steps)")
            .helpText("Suites with a time step: steps accepted before and after the server's.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(OcraVerifier.Builder.DEFAULT_TIME_WINDOW)).add()
            .property().name(MAX_WRONG_RESPONSES).label("Wrong responses before blocking")
            .helpText("Wrong signatures in a row that block the card until an administrator unblocks it (5 in the seed).")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("5").add()
            .property().name(CHALLENGE_VALIDITY_SECONDS).label("Challenge validity (seconds)")
            .helpText("How long the challenge shown on the page can be answered.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("300").add()
            .property().name(SUPPORT_PHONE).label("Support phone number").helpText("Shown when a card is blocked or replaced.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("").add()
            .property().name(SUPPORT_HOURS).label("Support hours").helpText("Shown next to the phone number, e.g. 'Mon-Fri 8:30-17:00'.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("").add()
            .property().name(CONNECTOR_URL).label("Card reader connector URL")
            .helpText("Loopback URL of the local connector for connected mode (e.g. http://127.0.0.1:8631). Empty: disconnected mode only.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("").add()
            .property().name(REMEMBER_DAYS).label("Remember cards (days)").helpText("How long a browser remembers the cards ticked 'remember this card'.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("365").add()
            .build();

    private final Map<String, String> config;

    public CardReaderConfig(AuthenticatorConfigModel model) {
        this.config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    }

    /** The realm's dk-card-reader configuration (its first configured step), for pages outside the flow. */
    public static CardReaderConfig of(RealmModel realm) {
        return realm.getAuthenticationFlowsStream()
                .flatMap(flow -> realm.getAuthenticationExecutionsStream(flow.getId()))
                .filter(e -> CardReaderAuthenticatorFactory.PROVIDER_ID.equals(e.getAuthenticator()) && e.getAuthenticatorConfig() != null)
                .map(e -> new CardReaderConfig(realm.getAuthenticatorConfigById(e.getAuthenticatorConfig())))
                .findFirst()
                .orElseGet(() -> new CardReaderConfig(null));
    }

    public String issuerPrefix() {
        String prefix = config.getOrDefault(ISSUER_PREFIX, CardNumber.DEFAULT_ISSUER_PREFIX).strip();
        return prefix.matches("\\d{0,8}") ? prefix : CardNumber.DEFAULT_ISSUER_PREFIX;
    }

    public boolean checkDigit() {
        return !"false".equals(config.get(CHECK_DIGIT));
    }

    public CardNumberParser parser() {
        return CardNumberParser.builder().issuerPrefix(issuerPrefix()).checkDigit(checkDigit()).build();
    }

    /** The suite of new cards; the default when the configured one is not a valid suite. */
    public OcraSuite suite() {
        try {
            return OcraSuite.parse(config.getOrDefault(SUITE, DEFAULT_SUITE).strip());
        } catch (InvalidOcraSuiteException e) {
            try {
                return OcraSuite.parse(DEFAULT_SUITE);
            } catch (InvalidOcraSuiteException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    public OcraVerifier verifier(OcraSuite cardSuite) {
        return OcraVerifier.builder(cardSuite).counterLookAhead(number(COUNTER_LOOK_AHEAD, 10, 0, 100))
                .timeWindow(number(TIME_WINDOW, 1, 0, 10)).build();
    }

    public int maxWrongResponses() {
        return number(MAX_WRONG_RESPONSES, 5, 1, 20);
    }

    public int challengeValiditySeconds() {
        return number(CHALLENGE_VALIDITY_SECONDS, 300, 30, 3600);
    }

    public String supportPhone() {
        return config.getOrDefault(SUPPORT_PHONE, "").strip();
    }

    public String supportHours() {
        return config.getOrDefault(SUPPORT_HOURS, "").strip();
    }

    /** The connector's URL when it is a loopback http(s) URL; "" otherwise (connected mode off). */
    public String connectorUrl() {
        String url = config.getOrDefault(CONNECTOR_URL, "").strip();
        return url.matches("https?://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d{1,5})?/?") ? url.replaceAll("/$", "") : "";
    }

    public int rememberDays() {
        return number(REMEMBER_DAYS, 365, 1, 3650);
    }

    private int number(String key, int fallback, int min, int max) {
        return Values.bounded(config.get(key), fallback, min, max);
    }
}
