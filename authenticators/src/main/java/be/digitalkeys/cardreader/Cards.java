package be.digitalkeys.cardreader;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import be.digitalkeys.cardreader.credential.CardCredentialModel;
import be.digitalkeys.cardreader.credential.CardCredentialModel.Status;
import be.digitalkeys.cardreader.credential.CardCredentialProvider;
import be.digitalkeys.cardreader.ocra.InvalidOcraSuiteException;
import be.digitalkeys.cardreader.ocra.OcraHash;
import be.digitalkeys.cardreader.ocra.OcraSuite;
import be.digitalkeys.common.UserAttributes;
import be.digitalkeys.common.UserLookup;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.storage.ReadOnlyException;

/**
 * The administrator's operations on cards: register, replace (the old card stops working at
 * once), unblock. A card number belongs to one person; the user's {@code cardNumber} attribute
 * lists their cards so that a login can find the holder.
 */
public final class Cards {

    static final int MAX_HOLDER_NAME = 100;
    static final int MIN_KEY_BYTES = 16;
    static final int MAX_KEY_BYTES = 128;

    private Cards() {
    }

    /** The holder and the card with this number, whatever its status. */
    public static Optional<Held> find(KeycloakSession session, RealmModel realm, CardNumber number) {
        Optional<UserModel> holder;
        try {
            holder = UserLookup.byCardNumber(session, realm, number.digits());
        } catch (ModelDuplicateException e) {
            return Optional.empty();
        }
        return holder.flatMap(user -> CardCredentialProvider.card(user, number.digits()).map(card -> new Held(user, card)));
    }

    public record Held(UserModel user, CardCredentialModel card) {
    }

    public static CardCredentialModel register(KeycloakSession session, RealmModel realm, UserModel user, CardRegistration request,
            CardReaderConfig config) throws CardRegistrationException {
        CardNumber number;
        try {
            number = config.parser().parse(request.cardNumber());
        } catch (InvalidCardNumberException e) {
            throw new CardRegistrationException("invalid_card_number", 400, "The card number is not valid: " + e.getClass().getSimpleName());
        }
        String holder = request.holderName() == null ? "" : request.holderName().strip();
        if (holder.isEmpty() || holder.length() > MAX_HOLDER_NAME) {
            throw new CardRegistrationException("invalid_holder_name", 400, "The holder name must have 1 to " + MAX_HOLDER_NAME + " characters");
        }
        byte[] key = key(request.secret());
        OcraSuite suite = suite(request.suite(), config);
        long counter = request.counter() == null ? 0 : request.counter();
        if (counter < 0) {
            throw new CardRegistrationException("invalid_counter", 400, "The counter must be 0 or more");
        }
        String pin = request.pin();
        if (pin != null && !pin.matches("\\d{4,12}")) {
            throw new CardRegistrationException("invalid_pin", 400, "A PIN has 4 to 12 digits");
        }
        if (suite.needsPin() && pin == null) {
            throw new CardRegistrationException("pin_required", 400, "The suite " + suite.value() + " needs the card's PIN");
        }
        boolean demo = Boolean.TRUE.equals(request.demo());
        if (demo && pin == null) {
            throw new CardRegistrationException("pin_required", 400, "A demo card needs a PIN for the simulator");
        }
        Optional<Held> existing = find(session, realm, number);
        if (existing.isPresent() || CardCredentialProvider.card(user, number.digits()).isPresent()) {
            throw new CardRegistrationException("card_exists", 409, "This card number is already registered");
        }
        String pinHash = suite.pinHash().map(hash -> hex(digest(hash.digestAlgorithm(), pin))).orElse(null);
        String demoPin = demo ? hex(digest(OcraHash.SHA256.digestAlgorithm(), pin)) : null;
        CardCredentialModel card = CardCredentialModel.create(
                new CardCredentialModel.Data(number.digits(), holder, suite.value(), counter, Status.ACTIVE.id(), 0, demo),
                new CardCredentialModel.Secret(HexFormat.of().formatHex(key), pinHash, demoPin));
        addNumber(user, number.digits());
        return CardCredentialModel.fromModel(user.credentialManager().createStoredCredential(card));
    }

    /** Registers the new card and marks the old one replaced; both in the same transaction. */
    public static CardCredentialModel replace(KeycloakSession session, RealmModel realm, UserModel user, String oldCardId,
            CardRegistration request, CardReaderConfig config) throws CardRegistrationException {
        CardCredentialModel old = CardCredentialProvider.cardById(user, oldCardId)
                .orElseThrow(() -> new CardRegistrationException("card_not_found", 404, "No such card"));
        CardCredentialModel replacement = register(session, realm, user, request, config);
        user.credentialManager().updateStoredCredential(old.with(old.data().counter(), Status.REPLACED, old.data().wrongResponses()));
        return replacement;
    }

    public static CardCredentialModel unblock(UserModel user, String cardId) throws CardRegistrationException {
        CardCredentialModel card = CardCredentialProvider.cardById(user, cardId)
                .orElseThrow(() -> new CardRegistrationException("card_not_found", 404, "No such card"));
        if (card.status() == Status.REPLACED) {
            throw new CardRegistrationException("card_replaced", 409, "A replaced card cannot be used again");
        }
        CardCredentialModel active = card.with(card.data().counter(), Status.ACTIVE, 0);
        user.credentialManager().updateStoredCredential(active);
        return active;
    }

    private static void addNumber(UserModel user, String digits) throws CardRegistrationException {
        java.util.List<String> numbers = new java.util.ArrayList<>(user.getAttributeStream(UserAttributes.CARD_NUMBER).toList());
        if (numbers.contains(digits)) {
            return;
        }
        numbers.add(digits);
        try {
            user.setAttribute(UserAttributes.CARD_NUMBER, numbers);
        } catch (ReadOnlyException e) {
            throw new CardRegistrationException("read_only_user", 409,
                    "The user comes from a read-only registry that does not list this card number");
        }
    }

    private static byte[] key(String hex) throws CardRegistrationException {
        try {
            byte[] key = HexFormat.of().parseHex(hex == null ? "" : hex.strip());
            if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
                throw new IllegalArgumentException();
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new CardRegistrationException("invalid_secret", 400,
                    "The secret must be " + MIN_KEY_BYTES + " to " + MAX_KEY_BYTES + " bytes in hex");
        }
    }

    private static OcraSuite suite(String value, CardReaderConfig config) throws CardRegistrationException {
        if (value == null || value.isBlank()) {
            return config.suite();
        }
        OcraSuite suite;
        try {
            suite = OcraSuite.parse(value.strip());
        } catch (InvalidOcraSuiteException e) {
            throw new CardRegistrationException("invalid_suite", 400, "Not an OCRA suite this server supports: " + e.getMessage());
        }
        if (suite.needsSession() || suite.digits() < 4) {
            // A card reader shows 4 to 10 digits and has no session information to sign.
            throw new CardRegistrationException("invalid_suite", 400, "Card suites need 4 to 10 digits and no session (S) input");
        }
        return suite;
    }

    public static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
