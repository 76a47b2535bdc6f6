package be.digitalkeys.cardreader;

import be.digitalkeys.cardreader.credential.CardCredentialModel;
import be.digitalkeys.cardreader.credential.CardCredentialProvider;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/** The card reader's three pages: card number, challenge with "Code Signature", and the stop page (blocked, replaced). */
final class CardReaderPage {

    static final String CARD_TEMPLATE = "dk-card-number.ftl";
    static final String CHALLENGE_TEMPLATE = "dk-card-challenge.ftl";
    static final String STOP_TEMPLATE = "dk-card-stop.ftl";
    static final String FIELD_CARD_NUMBER = "cardNumber";
    static final String FIELD_REMEMBER = "rememberCard";
    static final String FIELD_REMEMBERED = "rememberedCard";
    static final String FIELD_FORGET = "forgetCard";
    static final String FIELD_RESPONSE = "response";
    static final String FIELD_OTHER_CARD = "otherCard";

    private CardReaderPage() {
    }

    static Response cardNumber(AuthenticationFlowContext context, CardReaderConfig config, String field, String error, String typed) {
        return cardNumber(context, config, field, error, typed, null, null);
    }

    /**
     * The card number page: prefix pre-filled, remembered cards, "remember this card".
     * {@code forgotten} is a card just removed (no longer listed, although this request's cookie
     * still names it); {@code info} a message shown when there is no error.
     */
    static Response cardNumber(AuthenticationFlowContext context, CardReaderConfig config, String field, String error, String typed,
            String forgotten, String info) {
        RememberedCards remembered = new RememberedCards(context.getSession(), context.getRealm());
        String prefilled = typed;
        if (prefilled.isEmpty()) {
            prefilled = afterPrefix(config, preset(context, remembered));
        }
        LoginFormsProvider form = common(context, config)
                .setAttribute("dkCardPrefix", config.issuerPrefix())
                .setAttribute("dkCardTyped", prefilled)
                .setAttribute("dkCardRemembered", remembered.list().stream().filter(r -> !r.id().equals(forgotten))
                        .map(r -> java.util.Map.of("id", r.id(), "holder", r.holderName(), "masked", r.maskedNumber(), "status", r.status()))
                        .toList())
                .setAttribute("dkCardDigitsAfterPrefix", CardNumber.LENGTH - config.issuerPrefix().length());
        if (error != null) {
            if (field != null) {
                form.addError(new FormMessage(field, error));
            } else {
                form.setError(error);
            }
        } else if (info != null) {
            form.setInfo(info);
        }
        return form.createForm(CARD_TEMPLATE);
    }

    static Response challenge(AuthenticationFlowContext context, CardReaderConfig config, String error, Object... params) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String challenge = authSession.getAuthNote(CardReaderAuthenticator.NOTE_CHALLENGE);
        String masked = CardNumber.masked(authSession.getAuthNote(CardReaderAuthenticator.NOTE_DECOY));
        if (masked.isEmpty()) {
            UserModel user = context.getUser();
            masked = user == null ? "" : CardCredentialProvider.cardById(user, authSession.getAuthNote(CardReaderAuthenticator.NOTE_CARD_ID))
                    .map(CardCredentialModel::maskedNumber).orElse("");
        }
        LoginFormsProvider form = common(context, config)
                .setAttribute("dkCardChallenge", challenge == null ? "" : challenge)
                .setAttribute("dkCardChallengeGroups", challenge == null ? java.util.List.of() : groups(challenge))
                .setAttribute("dkCardMasked", masked);
        if (error != null) {
            form.addError(new FormMessage(FIELD_RESPONSE, error, params));
        }
        return form.createForm(CHALLENGE_TEMPLATE);
    }

    static Response stop(AuthenticationFlowContext context, CardReaderConfig config, String message) {
        return common(context, config).setAttribute("dkCardStop", message).setError(message)
                .createForm(STOP_TEMPLATE);
    }

    private static LoginFormsProvider common(AuthenticationFlowContext context, CardReaderConfig config) {
        return context.form()
                .setAttribute("dkCardConnectorUrl", config.connectorUrl())
                .setAttribute("dkCardSupportPhone", config.supportPhone())
                .setAttribute("dkCardSupportHours", config.supportHours())
                .setAttribute("dkCardMaxWrong", config.maxWrongResponses());
    }

    /** What to pre-fill: a personal link's number, else a login hint that is a card number. */
    private static String preset(AuthenticationFlowContext context, RememberedCards remembered) {
        String hint = remembered.hint();
        if (!hint.isEmpty()) {
            return hint;
        }
        String loginHint = context.getAuthenticationSession().getClientNote(org.keycloak.protocol.oidc.OIDCLoginProtocol.LOGIN_HINT_PARAM);
        String digits = loginHint == null ? "" : loginHint.replaceAll("[\\s-]", "");
        return digits.matches("\\d{" + CardNumber.LENGTH + "}") ? digits : "";
    }

    private static String afterPrefix(CardReaderConfig config, String digits) {
        String prefix = config.issuerPrefix();
        if (!digits.startsWith(prefix) || digits.length() != CardNumber.LENGTH) {
            return "";
        }
        // Grouped as printed on the card (6703 1234 5678 9012 1): the groups after the prefix.
        String grouped = CardNumber.grouped(digits);
        return prefix.length() == 4 ? grouped.substring(5) : digits.substring(prefix.length());
    }

    /** The challenge in groups of 4 digits, as large as the reader's display. */
    private static java.util.List<String> groups(String challenge) {
        java.util.List<String> groups = new java.util.ArrayList<>();
        for (int i = 0; i < challenge.length(); i += 4) {
            groups.add(challenge.substring(i, Math.min(challenge.length(), i + 4)));
        }
        return groups;
    }
}
