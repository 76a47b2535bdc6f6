package be.digitalkeys.cardreader;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * {@code /realms/{realm}/dk-card-reader/...}: the personal link ({@code link?card=...}), the
 * card admin API ({@code admin/...}, see {@link CardAdminResource}). The card reader simulator
 * lives in the lab jar (development kit), never here.
 */
public class CardReaderResource {

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

}
