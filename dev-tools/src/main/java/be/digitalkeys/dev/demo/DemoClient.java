package be.digitalkeys.dev.demo;

import java.util.List;
import java.util.Optional;

/**
 * One card of the demo services page: a demo realm's client as registered in
 * {@code realm-exports/*.json}. All seven are public clients with PKCE S256 (no secret anywhere);
 * their redirect URIs {@code http://localhost:*} and {@code http://127.0.0.1:*} already admit the
 * page's {@code /callback}, and their post-logout redirect URIs ({@code +}) its {@code /logged-out}.
 *
 * @param card     the card's id in the page and its URLs (stable, used by tests)
 * @param realm    the demo realm
 * @param clientId the client id in that realm
 * @param name     the service's name as the client's own page would show it (a brand name, not translated)
 */
public record DemoClient(String card, String realm, String clientId, String name) {

    /** The demo clients in the README's order of realms. */
    public static final List<DemoClient> ALL = List.of(
            new DemoClient("my-ebox", "public-services", "my-ebox", "My e-Box"),
            new DemoClient("tax-on-web", "public-services", "tax-on-web", "Tax-on-web (demo)"),
            new DemoClient("belgianidpro", "public-services", "belgianidpro", "belgianIDpro"),
            new DemoClient("titres-services-portal", "titres-services", "titres-services-portal", "Titres-services"),
            new DemoClient("bank-web", "bank", "bank-web", "Demo Bank Web"),
            new DemoClient("bank-payments", "bank", "bank-payments", "Demo Bank Web - payments"),
            new DemoClient("accident-manager", "insurance", "accident-manager", "Accident Manager"));

    public static Optional<DemoClient> byCard(String card) {
        return ALL.stream().filter(c -> c.card().equals(card)).findFirst();
    }

    /** The same client in another realm (a test's copy of the demo realm). */
    public DemoClient inRealm(String otherRealm) {
        return new DemoClient(card, otherRealm, clientId, name);
    }
}
