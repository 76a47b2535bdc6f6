package be.digitalkeys.cardreader;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.digitalkeys.cardreader.credential.CardCredentialModel;
import be.digitalkeys.cardreader.ocra.InvalidChallengeException;
import be.digitalkeys.cardreader.ocra.InvalidOcraInputException;
import be.digitalkeys.cardreader.ocra.Ocra;
import be.digitalkeys.cardreader.ocra.OcraHash;
import be.digitalkeys.cardreader.ocra.OcraInput;
import be.digitalkeys.cardreader.ocra.OcraSuite;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * {@code /realms/{realm}/dk-card-reader/...}: the personal link ({@code link?card=...}), the
 * card admin API ({@code admin/...}, see {@link CardAdminResource}) and, in development realms
 * only (realm attribute {@value #DEVELOPMENT} = true), the card reader simulator page.
 */
public class CardReaderResource {

    /** Realm attribute that turns the development tools on. */
    public static final String DEVELOPMENT = "dk.development";
    /** Realm attribute listing demo card numbers (comma-separated) for the simulator's card slot. */
    public static final String DEMO_CARDS = "dk.cardreader.demoCards";
    static final String SIMULATOR_TEMPLATE = "dk-card-simulator.ftl";
    static final int MAX_CHALLENGE = 64;

    private final KeycloakSession session;
    private final RealmModel realm;

    public CardReaderResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    @Path("admin")
    public CardAdminResource admin() {
        return new CardAdminResource(session, realm);
    }

    /**
     * The personal link (the seed's bookmark): pre-fills this card number on the next card page,
     * then opens the given client's login (the account console by default). The number is
     * checked, never trusted: it only pre-fills a field.
     */
    @GET
    @Path("link")
    public Response link(@QueryParam("card") String card, @QueryParam("client_id") String clientId) {
        CardReaderConfig config = CardReaderConfig.of(realm);
        try {
            CardNumber number = CardReaderAuthenticator.parse(config, card == null ? "" : card);
            new RememberedCards(session, realm).setHint(number);
        } catch (InvalidCardNumberException e) {
            // An outdated or mistyped link opens the empty card page.
        }
        URI base = session.getContext().getUri().getBaseUri();
        var client = clientId == null ? null : realm.getClientByClientId(clientId);
        String target = client != null && client.getBaseUrl() != null && client.getBaseUrl().startsWith("/")
                ? client.getBaseUrl().replace("${authBaseUrl}", "") : "/realms/" + realm.getName() + "/account/";
        return Response.seeOther(base.resolve(base.getPath().replaceAll("/$", "") + target)).build();
    }

    @GET
    @Path("simulator")
    @Produces(MediaType.TEXT_HTML)
    public Response simulator() {
        requireDevelopment();
        List<String> demoCards = Arrays.stream(Optional.ofNullable(realm.getAttribute(DEMO_CARDS)).orElse("").split(","))
                .map(String::strip).filter(s -> s.matches("\\d{" + CardNumber.LENGTH + "}")).toList();
        LoginFormsProvider form = session.getProvider(LoginFormsProvider.class)
                .setAttribute("dkSimCards", demoCards.stream().map(d -> Map.of("digits", d, "grouped", CardNumber.grouped(d))).toList())
                .setAttribute("dkSimUrl", session.getContext().getUri().getBaseUri().getPath().replaceAll("/$", "")
                        + "/realms/" + realm.getName() + "/dk-card-reader/simulator");
        return form.createForm(SIMULATOR_TEMPLATE);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SimulatorRequest(String cardNumber, String challenge, String pin) {
    }

    /** The reader's computation for a demo card: its PIN checked, the server's counter, the current time. */
    @POST
    @Path("simulator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response simulate(SimulatorRequest request) {
        requireDevelopment();
        if (request == null || request.cardNumber() == null || request.challenge() == null || request.pin() == null
                || request.challenge().length() > MAX_CHALLENGE || request.pin().length() > 12) {
            return error(400, "bad_request");
        }
        Optional<Cards.Held> held;
        try {
            held = Cards.find(session, realm, CardReaderAuthenticator.parse(CardReaderConfig.of(realm), request.cardNumber()));
        } catch (InvalidCardNumberException e) {
            return error(404, "unknown_card");
        }
        if (held.isEmpty() || !held.get().card().data().demo() || held.get().card().secret().demoPinSha256() == null) {
            return error(404, "unknown_card");
        }
        CardCredentialModel card = held.get().card();
        byte[] typedPin = Cards.digest(OcraHash.SHA256.digestAlgorithm(), request.pin());
        if (!MessageDigest.isEqual(typedPin, HexFormat.of().parseHex(card.secret().demoPinSha256()))) {
            return error(403, "wrong_pin");
        }
        OcraSuite suite = CardReaderAuthenticator.suiteOf(card, CardReaderConfig.of(realm));
        OcraInput.Builder input = OcraInput.builder().challenge(request.challenge());
        if (suite.needsCounter()) {
            input.counter(card.data().counter());
        }
        if (suite.needsPin()) {
            input.pin(request.pin());
        }
        if (suite.needsTime()) {
            input.epochSeconds(Time.currentTime());
        }
        try {
            return Response.ok(Map.of("response", Ocra.forSuite(suite).compute(card.secret().keyBytes(), input.build()))).build();
        } catch (InvalidChallengeException | InvalidOcraInputException | IllegalArgumentException e) {
            return error(400, "bad_challenge");
        }
    }

    private void requireDevelopment() {
        if (!"true".equals(realm.getAttribute(DEVELOPMENT))) {
            throw new NotFoundException();
        }
    }

    private static Response error(int status, String code) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", code)).build();
    }
}
