package be.digitalkeys.dev;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static be.digitalkeys.dev.Html.escape;

/** The two HTML pages of the mailbox. Everything that comes from a message goes through {@link Html#escape}. */
final class Pages {

    static final String TITLE = "Digital Keys – development mailbox";
    /** Sandboxed without scripts or same-origin; links may open a normal new tab or, when clicked, the top page. */
    static final String IFRAME_SANDBOX = "allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final String CSS = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2530;background:#f5f7fa;margin:0}
            main{max-width:1100px;margin:0 auto;padding:16px 24px 48px}
            h1{font-size:1.4em;margin:.4em 0}h2{font-size:1.1em;margin:1.6em 0 .5em}
            a{color:#0b5cad}.muted{color:#5d6b7a;font-size:.9em}.empty{color:#5d6b7a;font-style:italic}
            table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #d8dee6}
            th,td{text-align:left;vertical-align:top;padding:6px 10px;border-bottom:1px solid #e6eaf0}
            th{background:#eef2f6;font-weight:600;white-space:nowrap}tr:hover td{background:#f9fbfd}
            td.when{white-space:nowrap;color:#5d6b7a;font-variant-numeric:tabular-nums}
            td.sms{white-space:pre-wrap;font-family:ui-monospace,Menlo,Consolas,monospace}
            .bar{display:flex;gap:16px;align-items:center;flex-wrap:wrap}
            button{font:inherit;padding:5px 12px;border:1px solid #b42318;color:#b42318;background:#fff;border-radius:4px;cursor:pointer}
            button:hover{background:#fef3f2}
            ul.links{background:#fff;border:1px solid #d8dee6;padding:10px 10px 10px 30px;word-break:break-all}
            ul.links li{margin:4px 0}
            pre{background:#fff;border:1px solid #d8dee6;padding:10px;white-space:pre-wrap;word-break:break-word}
            iframe{width:100%;height:60vh;border:1px solid #d8dee6;background:#fff;resize:vertical}
            table.headers th{width:8em}details{margin-top:8px}summary{cursor:pointer;color:#0b5cad}
            """;

    private Pages() {
    }

    static String index(List<ReceivedMail> mails, List<Sms> sms, int smtpPort) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(escape(TITLE)).append("</h1>\n<div class=\"bar\"><span class=\"muted\">SMTP 127.0.0.1:")
                .append(smtpPort).append(" · refreshes every 5 s · JSON: <a href=\"/api/messages\">/api/messages</a>, ")
                .append("<a href=\"/api/sms\">/api/sms</a></span>\n")
                .append("<form method=\"post\" action=\"/messages/delete\"><button type=\"submit\">Delete all e-mails and SMS</button></form></div>\n");
        b.append("<h2>E-mails (").append(mails.size()).append(")</h2>\n");
        if (mails.isEmpty()) {
            b.append("<p class=\"empty\">No e-mails yet.</p>\n");
        } else {
            b.append("<table><thead><tr><th>Date</th><th>To</th><th>Subject</th><th>First link</th></tr></thead><tbody>\n");
            for (ReceivedMail m : mails) {
                String href = "/messages/" + m.id();
                b.append("<tr><td class=\"when\">").append(time(m.date())).append("</td><td>")
                        .append(escape(String.join(", ", m.to()))).append("</td><td><a href=\"").append(href).append("\">")
                        .append(m.subject().isBlank() ? "(no subject)" : escape(m.subject())).append("</a></td><td>");
                if (!m.links().isEmpty()) {
                    b.append(externalLink(m.links().get(0), "open"));
                }
                b.append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        b.append("<h2>SMS (").append(sms.size()).append(")</h2>\n");
        if (sms.isEmpty()) {
            b.append("<p class=\"empty\">No SMS yet. A development SMS sender posts {\"to\", \"text\"} JSON to /api/sms.</p>\n");
        } else {
            b.append("<table><thead><tr><th>Date</th><th>To</th><th>Text</th></tr></thead><tbody>\n");
            for (Sms s : sms) {
                b.append("<tr><td class=\"when\">").append(time(s.receivedAt())).append("</td><td>").append(escape(s.to()))
                        .append("</td><td class=\"sms\">").append(escape(s.text())).append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        return layout(TITLE, true, b.toString());
    }

    static String message(ReceivedMail m) {
        StringBuilder b = new StringBuilder();
        b.append("<p><a href=\"/\">← All messages</a></p>\n<h1>")
                .append(m.subject().isBlank() ? "(no subject)" : escape(m.subject())).append("</h1>\n");
        if (!m.links().isEmpty()) {
            b.append("<h2>Links</h2>\n<ul class=\"links\">\n");
            m.links().forEach(link -> b.append("<li>").append(externalLink(link, link)).append("</li>\n"));
            b.append("</ul>\n");
        }
        b.append("<table class=\"headers\">\n");
        row(b, "From", m.from());
        row(b, "To", String.join(", ", m.to()));
        row(b, "Date", time(m.date()) + "  (" + m.date() + ")");
        row(b, "Subject", m.subject());
        if (!m.attachments().isEmpty()) {
            row(b, "Other parts", String.join(", ", m.attachments()));
        }
        b.append("</table>\n<details><summary>All headers</summary>\n<table class=\"headers\">\n");
        m.headers().forEach(h -> row(b, h.name(), h.value()));
        b.append("</table></details>\n");
        if (m.html() != null) {
            b.append("<h2>HTML</h2>\n<iframe title=\"HTML body\" sandbox=\"").append(IFRAME_SANDBOX)
                    .append("\" referrerpolicy=\"no-referrer\" srcdoc=\"").append(escape(Html.forIframe(m.html())))
                    .append("\"></iframe>\n");
        }
        if (m.text() != null) {
            b.append("<h2>Text</h2>\n<pre>").append(escape(m.text())).append("</pre>\n");
        }
        if (m.html() == null && m.text() == null) {
            b.append("<p class=\"empty\">This message has no text or HTML body.</p>\n");
        }
        return layout(m.subject() + " – development mailbox", false, b.toString());
    }

    static String notFound(String what) {
        return layout("Not found – development mailbox", false,
                "<p><a href=\"/\">← All messages</a></p>\n<h1>Not found</h1>\n<p>" + escape(what) + "</p>\n");
    }

    private static void row(StringBuilder b, String name, String value) {
        b.append("<tr><th>").append(escape(name)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    /** Only ever called with http(s) URLs (see {@link Html#links}). */
    private static String externalLink(String url, String label) {
        return "<a href=\"" + escape(url) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + escape(label) + "</a>";
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }

    private static String layout(String title, boolean refresh, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + (refresh ? "<meta http-equiv=\"refresh\" content=\"5\">\n" : "")
                + "<title>" + escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n"
                + body + "</main>\n</body>\n</html>\n";
    }
}
