package be.digitalkeys.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.digitalkeys.cardreader.ocra.Ocra;
import be.digitalkeys.cardreader.ocra.OcraInput;
import be.digitalkeys.cardreader.ocra.OcraSuite;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.ws.rs.core.Response;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * Bank customers and their cards for the card reader tests: users made through the admin API,
 * cards registered through our card admin REST API, and the card side of OCRA (what the reader
 * would display) computed with the same engine the server uses.
 */
public final class BankCards {

    public static final String REALM = "bank";
    public static final String QN = "OCRA-1:HOTP-SHA256-8:QN08";
    public static final String COUNTER = "OCRA-1:HOTP-SHA256-8:C-QN08";
    public static final String PIN = "2468";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final TestEnvironment env;
    private final HttpClient http = HttpClient.newHttpClient();

    public BankCards(TestEnvironment env) {
        this.env = env;
    }

    /** A card as registered: id, number, key and suite. */
    public record Card(String id, String userId, String number, byte[] key, String suite) {

        /** What the reader displays for this challenge with the card's counter. */
        public String response(String challenge, long counter) {
            try {
                OcraSuite parsed = OcraSuite.parse(suite);
                OcraInput.Builder input = OcraInput.builder().challenge(challenge);
                if (parsed.needsCounter()) {
                    input.counter(counter);
                }
                return Ocra.forSuite(parsed).compute(key, input.build());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        public String response(String challenge) {
            return response(challenge, 0);
        }

        /** The 13 digits a person types after the pre-filled 6703. */
        public String afterPrefix() {
            return number.substring(4);
        }
    }

    /** A new customer (given language) with one new card. */
    public Card newCustomerWithCard(String locale, String holder) {
        return registerCard(newCustomer(locale), holder, QN);
    }

    public String newCustomer(String locale) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername("bank-" + UUID.randomUUID().toString().substring(0, 8));
        user.setEmail(user.getUsername() + "@bank.example");
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Test");
        user.setLastName("Client");
        user.setAttributes(Map.of("locale", List.of(locale)));
        try (Response response = env.realm(REALM).users().create(user)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("User not created: " + response.getStatus());
            }
            String location = response.getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    public Card registerCard(String userId, String holder, String suite) {
        String number = newNumber();
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        HttpResponse<String> response = post("users/" + userId + "/cards", registration(number, holder, key, suite));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Card not registered: " + response.statusCode() + " " + response.body());
        }
        return new Card(String.valueOf(json(response.body()).get("id")), userId, number, key, suite);
    }

    /** Replaces a card through the admin API; returns the new card. */
    public Card replace(Card old, String holder) {
        String number = newNumber();
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        HttpResponse<String> response = post("users/" + old.userId() + "/cards/" + old.id() + "/replace",
                registration(number, holder, key, old.suite()));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Card not replaced: " + response.statusCode() + " " + response.body());
        }
        return new Card(String.valueOf(json(response.body()).get("id")), old.userId(), number, key, old.suite());
    }

    public HttpResponse<String> unblock(Card card) {
        return post("users/" + card.userId() + "/cards/" + card.id() + "/unblock", "");
    }

    /** The card as the admin API lists it (status, counter, wrongResponses, ...). */
    public Map<String, Object> state(Card card) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(adminUri("users/" + card.userId() + "/cards")).GET());
        try {
            List<Map<String, Object>> cards = JsonSerialization.readValue(response.body(), new TypeReference<>() { });
            return cards.stream().filter(c -> card.id().equals(c.get("id"))).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(adminUri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A request without (or with the given) bearer token, to check the API's refusals. */
    public HttpResponse<String> postAs(String token, String path, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(adminUri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return exchange(builder.build());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return exchange(request.header("Authorization", "Bearer " + env.admin().tokenManager().getAccessTokenString()).build());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI adminUri(String path) {
        return URI.create(env.baseUrl() + "/realms/" + REALM + "/dk-card-reader/admin/" + path);
    }

    public static String registration(String number, String holder, byte[] key, String suite) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cardNumber", number);
        body.put("holderName", holder);
        body.put("secret", HexFormat.of().formatHex(key));
        body.put("suite", suite);
        body.put("pin", PIN);
        body.put("demo", true);
        try {
            return JsonSerialization.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> json(String body) {
        try {
            return JsonSerialization.readValue(body, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new valid card number: 6703, 12 random digits, the Luhn check digit. */
    public static String newNumber() {
        StringBuilder body = new StringBuilder("6703");
        for (int i = 0; i < 12; i++) {
            body.append(RANDOM.nextInt(10));
        }
        return body.append(luhn(body)).toString();
    }

    /** The Luhn check digit of the digits before it. */
    public static int luhn(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
