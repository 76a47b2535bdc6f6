package be.digitalkeys.dev.demo;

import static be.digitalkeys.dev.Html.escape;

import java.util.List;
import java.util.Optional;

/**
 * The demo services page: a language switch, then one card per demo client with its login form
 * (options) or, once logged in, the verified claims and a logout button. Native form controls only,
 * so everything works with the keyboard; stable ids per card for tests ({@code login-<card>},
 * {@code claim-<card>-<claim>}, {@code verified-<card>}, {@code logout-<card>}, {@code notice-<card>}).
 */
final class DemoPage {

    static final String CSS = """
            *{box-sizing:border-box}
            body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2530;background:#f3f5f8;margin:0}
            header{background:#0b3d6b;color:#fff;padding:12px 24px}
            header .bar{max-width:1200px;margin:0 auto;display:flex;flex-wrap:wrap;gap:8px 24px;align-items:center;justify-content:space-between}
            h1{font-size:1.4em;margin:0}
            nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px}
            nav a{color:#fff;padding:4px 10px;border-radius:4px;display:inline-block}
            nav a[aria-current]{background:#fff;color:#0b3d6b;font-weight:600;text-decoration:none}
            main{max-width:1200px;margin:0 auto;padding:16px 24px 48px}
            .intro{max-width:70em}
            .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,340px),1fr));gap:20px;margin-top:16px}
            .card{background:#fff;border:1px solid #c9d2dc;border-radius:8px;padding:16px 18px;display:flex;flex-direction:column;gap:8px;min-width:0;overflow-wrap:anywhere}
            .card h2{font-size:1.2em;margin:0}
            .card dl.meta{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:0;font-size:.92em}
            dt{color:#4a5765}dd{margin:0;overflow-wrap:anywhere}
            .hint{color:#4a5765;font-size:.92em;margin:0}
            fieldset{border:1px solid #d8dee6;border-radius:6px;padding:8px 12px;margin:0;display:flex;flex-direction:column;gap:8px}
            legend{font-weight:600;padding:0 4px}
            label{display:block;font-size:.92em}
            .check{display:flex;gap:8px;align-items:flex-start}.check input{margin-top:5px}
            input[type=text],select{font:inherit;width:100%;padding:5px 8px;border:1px solid #6b7785;border-radius:4px;background:#fff;color:inherit}
            input[aria-invalid=true]{border-color:#b42318;border-width:2px}
            button{font:inherit;font-weight:600;padding:8px 16px;border-radius:4px;cursor:pointer;border:2px solid #0b5cad}
            button.login{background:#0b5cad;color:#fff}button.login:hover{background:#094a8c}
            button.logout{background:#fff;color:#0b5cad}button.logout:hover{background:#eef4fb}
            :focus-visible{outline:3px solid #f5a623;outline-offset:2px}
            .notice{border-radius:4px;padding:8px 12px;margin:0}
            .notice.error{background:#fef3f2;border:1px solid #b42318;color:#8a1b12}
            .notice.ok{background:#ecfdf3;border:1px solid #1a7f4b;color:#125c36}
            .status{font-weight:600;color:#125c36;margin:0}
            .card h3{font-size:1em;margin:4px 0 0}
            dl.claims{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:2px 12px;margin:0;font-size:.92em}
            dl.claims dt,dl.claims dd{overflow-wrap:anywhere}
            dl.claims dd{font-family:ui-monospace,Menlo,Consolas,monospace}
            .verified{font-size:.88em;color:#125c36;margin:0}
            a{color:#0b5cad}header a{color:#fff}
            """;

    private DemoPage() {
    }

    static String render(DemoMessages m, List<DemoClient> clients, CardState states) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(m.language()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(m.get("title"))).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<header><div class=\"bar\"><h1>").append(escape(m.get("title"))).append("</h1>\n<nav aria-label=\"")
                .append(escape(m.get("languages"))).append("\"><ul>");
        for (String lang : DemoMessages.LANGUAGES) {
            b.append("<li><a id=\"lang-").append(lang).append("\" href=\"/?lang=").append(lang).append("\" lang=\"").append(lang)
                    .append("\" hreflang=\"").append(lang).append('"').append(lang.equals(m.language()) ? " aria-current=\"true\"" : "")
                    .append('>').append(DemoMessages.LANGUAGE_NAMES.get(lang)).append("</a></li>");
        }
        b.append("</ul></nav></div></header>\n<main>\n<p class=\"intro\">").append(escape(m.get("intro"))).append("</p>\n");
        b.append("<div class=\"cards\">\n");
        for (DemoClient client : clients) {
            card(b, m, client, states.login(client.card()), states.notice(client.card()));
        }
        b.append("</div>\n</main>\n</body>\n</html>\n");
        return b.toString();
    }

    /** What the page knows about each card for this browser. */
    interface CardState {
        Optional<RelyingParty.Login> login(String card);

        Optional<DemoSession.Notice> notice(String card);
    }

    private static void card(StringBuilder b, DemoMessages m, DemoClient c, Optional<RelyingParty.Login> login,
            Optional<DemoSession.Notice> notice) {
        String id = c.card();
        b.append("<section class=\"card\" id=\"card-").append(id).append("\" aria-labelledby=\"title-").append(id).append("\">\n")
                .append("<h2 id=\"title-").append(id).append("\">").append(escape(c.name())).append("</h2>\n")
                .append("<dl class=\"meta\"><dt>").append(escape(m.get("realm"))).append("</dt><dd><code>").append(escape(c.realm()))
                .append("</code></dd><dt>").append(escape(m.get("client"))).append("</dt><dd><code>").append(escape(c.clientId()))
                .append("</code></dd></dl>\n<p class=\"hint\">").append(escape(m.get("hint." + id))).append("</p>\n");
        String field = notice.filter(DemoSession.Notice::error).map(DemoSession.Notice::field).orElse(null);
        notice.ifPresent(n -> b.append("<p class=\"notice ").append(n.error() ? "error" : "ok").append("\" id=\"notice-").append(id)
                .append("\" role=\"").append(n.error() ? "alert" : "status").append("\">").append(escape(n.text())).append("</p>\n"));
        if (login.isPresent()) {
            loggedIn(b, m, c, login.get());
        } else {
            loginForm(b, m, c, field);
        }
        b.append("</section>\n");
    }

    private static void loggedIn(StringBuilder b, DemoMessages m, DemoClient c, RelyingParty.Login login) {
        String id = c.card();
        b.append("<p class=\"status\" id=\"status-").append(id).append("\">").append(escape(m.get("loggedIn"))).append("</p>\n")
                .append("<h3>").append(escape(m.get("claims", c.name()))).append("</h3>\n<dl class=\"claims\" id=\"claims-").append(id).append("\">");
        for (ClaimsView.Line line : ClaimsView.lines(login.claims())) {
            String label = m.has("claim." + line.claim()) ? escape(m.get("claim." + line.claim())) : "<code>" + escape(line.claim()) + "</code>";
            b.append("<dt>").append(label).append("</dt><dd id=\"claim-").append(id).append('-').append(escape(line.claim()))
                    .append("\">").append(escape(line.value())).append("</dd>");
        }
        b.append("</dl>\n<p class=\"verified\" id=\"verified-").append(id).append("\">")
                .append(escape(m.get("verified", login.algorithm(), login.keyId()))).append("</p>\n")
                .append("<form method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"card\" value=\"").append(id)
                .append("\"><button type=\"submit\" class=\"logout\" id=\"logout-").append(id).append("\">")
                .append(escape(m.get("logout", c.name()))).append("</button></form>\n");
    }

    private static void loginForm(StringBuilder b, DemoMessages m, DemoClient c, String errorField) {
        String id = c.card();
        b.append("<form method=\"get\" action=\"/login\"><input type=\"hidden\" name=\"card\" value=\"").append(id).append("\">\n")
                .append("<fieldset><legend>").append(escape(m.get("options"))).append("</legend>\n")
                .append("<div><label for=\"locale-").append(id).append("\">").append(escape(m.get("option.locale")))
                .append("</label><select id=\"locale-").append(id).append("\" name=\"ui_locales\"><option value=\"\">")
                .append(escape(m.get("option.locale.page"))).append("</option>");
        for (String lang : DemoMessages.LANGUAGES) {
            b.append("<option value=\"").append(lang).append("\" lang=\"").append(lang).append("\">")
                    .append(DemoMessages.LANGUAGE_NAMES.get(lang)).append("</option>");
        }
        b.append("</select></div>\n<div class=\"check\"><input type=\"checkbox\" id=\"prompt-").append(id)
                .append("\" name=\"prompt\" value=\"login\"><label for=\"prompt-").append(id).append("\">")
                .append(escape(m.get("option.prompt"))).append("</label></div>\n");
        textField(b, m, "max-age-" + id, "max_age", "option.maxAge", "numeric", "max_age".equals(errorField), id);
        textField(b, m, "acr-" + id, "acr_values", "option.acr", "text", "acr_values".equals(errorField), id);
        b.append("</fieldset>\n<button type=\"submit\" class=\"login\" id=\"login-").append(id).append("\">")
                .append(escape(m.get("login", c.name()))).append("</button>\n</form>\n");
    }

    private static void textField(StringBuilder b, DemoMessages m, String fieldId, String name, String label, String inputMode,
            boolean invalid, String card) {
        b.append("<div><label for=\"").append(fieldId).append("\">").append(escape(m.get(label))).append("</label><input type=\"text\" id=\"")
                .append(fieldId).append("\" name=\"").append(name).append("\" inputmode=\"").append(inputMode)
                .append("\" autocomplete=\"off\"");
        if (invalid) {
            b.append(" aria-invalid=\"true\" aria-describedby=\"notice-").append(card).append('"');
        }
        b.append("></div>\n");
    }
}
