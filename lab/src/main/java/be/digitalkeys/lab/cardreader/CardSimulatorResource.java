package be.digitalkeys.lab.cardreader;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.digitalkeys.cardreader.CardNumber;
import be.digitalkeys.cardreader.CardReaderAuthenticator;
import be.digitalkeys.cardreader.CardReaderConfig;
import be.digitalkeys.cardreader.Cards;
import be.digitalkeys.cardreader.InvalidCardNumberException;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * {@code /realms/{realm}/dk-lab/card-simulator} (lab realms only): the card reader simulator page
 * and the reader's computation for a demonstration card (its PIN checked, the server's counter,
 * the current time). Cards that are not demonstration cards are unknown to it.
 */
public class CardSimulatorResource {

    /** Realm attribute listing demo card numbers (comma-separated) for the simulator's card slot. */
    public static final String DEMO_CARDS = "dk.cardreader.demoCards";
    static final String TEMPLATE = "dk-card-simulator.ftl";
    static final int MAX_CHALLENGE = 64;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final String url;

    public CardSimulatorResource(KeycloakSession session, RealmModel realm, String url) {
        this.session = session;
        this.realm = realm;
        this.url = url;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        List<String> demoCards = Arrays.stream(Optional.ofNullable(realm.getAttribute(DEMO_CARDS)).orElse("").split(","))
                .map(String::strip).filter(s -> s.matches("\\d{" + CardNumber.LENGTH + "}")).toList();
        LoginFormsProvider form = session.getProvider(LoginFormsProvider.class)
                .setAttribute("dkSimCards", demoCards.stream().map(d -> Map.of("digits", d, "grouped", CardNumber.grouped(d))).toList())
                .setAttribute("dkSimUrl", url);
        return form.createForm(TEMPLATE);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SimulatorRequest(String cardNumber, String challenge, String pin) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response simulate(SimulatorRequest request) {
        if (request == null || request.cardNumber() == null || request.challenge() == null || request.pin() == null
                || request.challenge().length() > MAX_CHALLENGE || request.pin().length() > 12) {
            return error(400, "bad_request");
        }
        CardReaderConfig config = CardReaderConfig.of(realm);
        Optional<Cards.Held> held;
        try {
            held = Cards.find(session, realm, CardReaderAuthenticator.parse(config, request.cardNumber()));
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
        OcraSuite suite = CardReaderAuthenticator.suiteOf(card, config);
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

    private static Response error(int status, String code) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", code)).build();
    }
}
