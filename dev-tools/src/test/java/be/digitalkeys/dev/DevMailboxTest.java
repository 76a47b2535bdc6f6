package be.digitalkeys.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DevMailboxTest {

    private static final String SUBJECT = "Définir votre mot de passe";
    private static final String TO = "marie.peeters@insurance.example";
    /** Long enough for quoted-printable soft line breaks, with a query string that needs &amp; in HTML. */
    private static final String LINK = "http://localhost:8080/realms/insurance/login-actions/action-token"
            + "?key=eyJhbGciOiJIUzUxMiIsInR5cCIgOiAiSldUIn0.eyJleHAiOjE3MzI0MDAwMDAsImlhdCI6MTczMjM5OTcwMH0.c2lnbmF0dXJl"
            + "&client_id=account-console&tab_id=Xy_1-z";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private DevMailbox mailbox;

    @BeforeEach
    void start() throws IOException {
        mailbox = DevMailbox.start(0, 0);
    }

    @AfterEach
    void stop() {
        mailbox.close();
    }

    @Test
    void receivesAMultipartUtf8MailAndShowsItAsJsonAndHtml() throws Exception {
        send(SUBJECT, new String[] {TO},
                "Bonjour Marie,\n\nCliquez sur ce lien pour définir votre mot de passe :\n" + LINK + "\n\nFreundliche Grüße",
                "<html><head><title>x</title></head><body><p>Bonjour Marie,</p><p><a href=\""
                        + LINK.replace("&", "&amp;") + "\">Définir mon mot de passe</a></p><p>Grüße</p></body></html>");

        List<Object> messages = getJsonArray("/api/messages");
        assertEquals(1, messages.size());
        Map<?, ?> m = (Map<?, ?>) messages.get(0);
        assertEquals(SUBJECT, m.get("subject"));
        assertEquals(List.of(TO), m.get("to"));
        assertEquals("Insurance <no-reply@insurance.example>", m.get("from"));
        assertTrue(((String) m.get("text")).contains(LINK), "link in the decoded text body: " + m.get("text"));
        assertTrue(((String) m.get("text")).contains("Freundliche Grüße"));
        assertTrue(((String) m.get("html")).contains(LINK.replace("&", "&amp;")));
        assertEquals(List.of(LINK), m.get("links"));
        assertTrue(((String) m.get("date")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"), (String) m.get("date"));

        String index = get("/").body();
        assertTrue(index.contains(Html.escape(SUBJECT)));
        assertTrue(index.contains("<meta http-equiv=\"refresh\" content=\"5\">"));
        assertTrue(index.contains("<title>Digital Keys – development mailbox</title>"));
        assertTrue(index.contains("href=\"/messages/" + ((Double) m.get("id")).longValue() + "\""));

        HttpResponse<String> detail = get("/messages/" + ((Double) m.get("id")).longValue());
        assertEquals(200, detail.statusCode());
        assertTrue(detail.body().contains("<a href=\"" + Html.escape(LINK) + "\" target=\"_blank\""), "clickable link list");
        assertTrue(detail.body().contains("sandbox=\"" + Pages.IFRAME_SANDBOX + "\""));
        assertFalse(detail.body().contains("allow-scripts"));
        assertTrue(detail.body().contains("srcdoc=\"&lt;html&gt;&lt;head&gt;&lt;base target=&quot;_blank&quot;&gt;"));
        assertTrue(detail.body().contains("<pre>Bonjour Marie,"));
        assertTrue(detail.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        assertEquals(404, get("/messages/999").statusCode());
        assertEquals(404, get("/messages/abc").statusCode());
    }

    @Test
    void escapesSubjectsOnThePageAndKeepsAMailToSeveralRecipientsOnce() throws Exception {
        String subject = "<b>Tom & \"Jerry\"</b> – Passwort ändern";
        send(SUBJECT, new String[] {TO}, "older", null);
        send(subject, new String[] {"a@example.test", "b@example.test"}, "Text only, no link.", null);

        String index = get("/").body();
        String escaped = "&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt; – Passwort ändern";
        assertTrue(index.contains(escaped), index);
        assertFalse(index.contains("<b>Tom"));
        assertTrue(index.indexOf(escaped) < index.indexOf(SUBJECT), "newest first");
        List<Object> messages = getJsonArray("/api/messages");
        assertEquals(2, messages.size(), "one entry for a message to two recipients");
        assertEquals(SUBJECT, ((Map<?, ?>) messages.get(1)).get("subject"));
        Map<?, ?> m = (Map<?, ?>) messages.get(0);
        assertEquals(subject, m.get("subject"));
        assertEquals(List.of("a@example.test", "b@example.test"), m.get("to"));
        assertNull(m.get("html"));
    }

    @Test
    void storesSmsListsThemNewestFirstAndDeletes() throws Exception {
        send(SUBJECT, new String[] {TO}, "text " + LINK, null);
        assertEquals(201, post("/api/sms", "{\"to\":\"+32470000001\",\"text\":\"Code 123456\"}").statusCode());
        HttpResponse<String> second = post("/api/sms", "{\"to\":\"+32470000002\",\"text\":\"Votre code : <654321> \\u00e9\"}");
        assertEquals(201, second.statusCode());

        List<Object> sms = getJsonArray("/api/sms");
        assertEquals(2, sms.size());
        assertEquals("+32470000002", ((Map<?, ?>) sms.get(0)).get("to"));
        assertEquals("Votre code : <654321> é", ((Map<?, ?>) sms.get(0)).get("text"));
        assertEquals("Code 123456", ((Map<?, ?>) sms.get(1)).get("text"));
        assertTrue(get("/").body().contains("Votre code : &lt;654321&gt; é"));

        assertEquals(400, post("/api/sms", "{\"to\":\"+32\"").statusCode());
        assertEquals(400, post("/api/sms", "{\"to\":1,\"text\":\"x\"}").statusCode());
        assertEquals(405, send(HttpRequest.newBuilder(uri("/api/messages")).PUT(BodyPublishers.noBody())).statusCode());

        assertEquals(204, send(HttpRequest.newBuilder(uri("/api/messages")).DELETE()).statusCode());
        assertEquals("[]", get("/api/messages").body());
        assertEquals(2, getJsonArray("/api/sms").size());
        assertEquals(204, send(HttpRequest.newBuilder(uri("/api/sms")).DELETE()).statusCode());
        assertEquals("[]", get("/api/sms").body());

        post("/api/sms", "{\"to\":\"+32470000003\",\"text\":\"again\"}");
        HttpResponse<String> deleteAll = send(HttpRequest.newBuilder(uri("/messages/delete"))
                .header("Origin", "http://localhost:" + mailbox.httpPort()).POST(BodyPublishers.noBody()));
        assertEquals(303, deleteAll.statusCode());
        assertEquals("[]", get("/api/sms").body());
        HttpResponse<String> foreign = send(HttpRequest.newBuilder(uri("/messages/delete"))
                .header("Origin", "http://evil.example").POST(BodyPublishers.noBody()));
        assertEquals(403, foreign.statusCode());
    }

    @Test
    void refusesBodiesOver64KiB() throws Exception {
        String prefix = "{\"to\":\"+32470000001\",\"text\":\"";
        String exact = prefix + "x".repeat(Exchanges.MAX_BODY - prefix.length() - 2) + "\"}";
        assertEquals(Exchanges.MAX_BODY, exact.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(201, post("/api/sms", exact).statusCode());

        String tooBig = prefix + "x".repeat(Exchanges.MAX_BODY - prefix.length() - 1) + "\"}";
        HttpResponse<String> rejected = post("/api/sms", tooBig);
        assertEquals(413, rejected.statusCode());
        assertTrue(rejected.body().contains("larger than 65536 bytes"));

        // Without Content-Length (chunked), the limit holds too.
        byte[] chunked = ("{\"text\":\"" + "y".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        BodyPublisher stream = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(chunked));
        assertEquals(413, send(HttpRequest.newBuilder(uri("/api/sms")).POST(stream)).statusCode());
        assertEquals(1, getJsonArray("/api/sms").size());
    }

    @Test
    void decodesRawMimeWithoutFailing() {
        String raw = String.join("\r\n",
                "From: =?ISO-8859-1?Q?Fran=E7ois?= <f@example.test>",
                "Subject: =?UTF-8?Q?D=C3=A9finir_votre?=",
                "  =?UTF-8?B?IG1vdCBkZSBwYXNzZQ==?=",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"m\"",
                "",
                "--m",
                "Content-Type: multipart/alternative; boundary=\"a\"",
                "",
                "--a",
                "Content-Type: text/plain; charset=ISO-8859-1",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                "Gr=FC=DFe: https://kc.example/realms/x/login-actions/action-token?key=3Dabc&client_id=3Dac=",
                "count.",
                "--a",
                "Content-Type: text/html; charset=x-unknown-charset",
                "Content-Transfer-Encoding: base64",
                "",
                java.util.Base64.getEncoder().encodeToString("<p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8)),
                "--a--",
                "--m",
                "Content-Type: application/pdf; name=\"r\u00e9sum\u00e9.pdf\"",
                "Content-Disposition: attachment; filename=\"=?UTF-8?Q?r=C3=A9sum=C3=A9.pdf?=\"",
                "Content-Transfer-Encoding: base64",
                "",
                "JVBERi0=",
                "--m--",
                "");
        java.time.Instant arrived = java.time.Instant.parse("2026-01-02T03:04:05Z");
        ReceivedMail mail = MailParser.parse(7, arrived,
                com.icegreen.greenmail.util.GreenMailUtil.newMimeMessage(raw), List.of("envelope@example.test"));
        assertEquals("Définir votre mot de passe", mail.subject());
        assertEquals("François <f@example.test>", mail.from());
        assertEquals(List.of("envelope@example.test"), mail.to(), "no To header: the envelope recipients");
        assertEquals(arrived, mail.date(), "no Date header: the time of arrival");
        assertEquals("Grüße: https://kc.example/realms/x/login-actions/action-token?key=abc&client_id=account.", mail.text());
        assertEquals("<p>café</p>", mail.html());
        assertEquals(List.of("https://kc.example/realms/x/login-actions/action-token?key=abc&client_id=account"), mail.links());
        assertEquals(List.of("résumé.pdf (application/pdf)"), mail.attachments());
        assertTrue(mail.toJson().startsWith("{\"id\":7,\"from\":\"François <f@example.test>\",\"to\":[\"envelope@example.test\"]"));
    }

    @Test
    void jsonEscapingSurvivesTrickyStrings() {
        assertEquals("\"a\\\"b\\\\c\\/d\"".replace("\\/", "/"), Json.quote("a\"b\\c/d"));
        assertEquals("\"\\n\\r\\t\\b\\f\\u0000\\u001f\\u007f\"", Json.quote("\n\r\t\b\f\u0000\u001f\u007f"));
        assertEquals("\"x\\u2028y\\u2029z\"", Json.quote("x\u2028y\u2029z"));
        assertEquals("\"😀 é ü </script>\"", Json.quote("😀 é ü </script>"));
        assertEquals("\"\\ud800x\\udc00\"", Json.quote("\ud800x\udc00"));
        assertEquals("null", Json.quote(null));
        assertEquals("[\"a\",\"\\\"\"]", Json.array(List.of("a", "\"")));
        for (String s : List.of("", "plain", "quote\" back\\slash", "ctl\u0001\u0002\u001b", "sep\u2028\u2029",
                "😀 emoji", "\ud83d alone", "tab\tnew\nline", "{\"json\":[1,2]}")) {
            assertEquals(s, JsonReader.parse(Json.quote(s)), "round trip of " + s);
        }
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("{\"a\":1,}"));
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("\"unterminated"));
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("\"raw\ncontrol\""));
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("[1] 2"));
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("[".repeat(100) + "]".repeat(100)));
        assertEquals(Map.of("a", List.of(1.0, true), "b", "\u00e9"), JsonReader.parse(" {\"a\":[1,true],\"b\":\"\\u00E9\"} "));
    }

    @Test
    void extractsLinksAndEscapesHtml() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;", Html.escape("<a href=\"x\">Tom & Jerry's</a>"));
        assertEquals(List.of("https://a.example/?x=1&y=2", "http://b.example/path", "https://c.example/(x)"),
                Html.links("See http://b.example/path. Or (https://c.example/(x)), https://a.example/?x=1&y=2",
                        "<a href='https://a.example/?x=1&amp;y=2'>a</a> <a href=\"mailto:x@y\">m</a> <a href=javascript:alert(1)>j</a>"));
        assertEquals("<!DOCTYPE html><html><HEAD lang=\"fr\"><base target=\"_blank\"><title>",
                Html.forIframe("<!DOCTYPE html><html><HEAD lang=\"fr\"><title>"));
        assertEquals("<base target=\"_blank\"><p>no head</p>", Html.forIframe("<p>no head</p>"));
    }

    @Test
    void parsesTheCommandLine() {
        assertEquals(new DevMailbox.Options(3025, 8025, false), DevMailbox.Options.parse());
        assertEquals(new DevMailbox.Options(3125, 8125, false), DevMailbox.Options.parse("--smtp-port", "3125", "--http-port=8125"));
        assertEquals(new DevMailbox.Options(2525, 8025, false), DevMailbox.Options.parse("2525"));
        assertTrue(DevMailbox.Options.parse("--help").help());
        assertThrows(IllegalArgumentException.class, () -> DevMailbox.Options.parse("--smtp-port"));
        assertThrows(IllegalArgumentException.class, () -> DevMailbox.Options.parse("--smtp-port", "70000"));
        assertThrows(IllegalArgumentException.class, () -> DevMailbox.Options.parse("--nope"));
        assertThrows(IllegalArgumentException.class, () -> DevMailbox.Options.parse("--http-port", "3025"));
        assertTrue(mailbox.describe().matches("Dev mailbox: SMTP 127\\.0\\.0\\.1:\\d+, web http://localhost:\\d+/"));
    }

    @Test
    void saysWhichPortIsInUse() {
        java.net.BindException smtp = assertThrows(java.net.BindException.class, () -> DevMailbox.start(mailbox.smtpPort(), 0));
        assertEquals("SMTP port 127.0.0.1:" + mailbox.smtpPort() + " is already in use", smtp.getMessage());
        java.net.BindException web = assertThrows(java.net.BindException.class, () -> DevMailbox.start(0, mailbox.httpPort()));
        assertEquals("web port 127.0.0.1:" + mailbox.httpPort() + " is already in use", web.getMessage());
    }

    private void send(String subject, String[] to, String text, String html) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(mailbox.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        try {
            message.setFrom(new InternetAddress("no-reply@insurance.example", "Insurance", "UTF-8"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        for (String address : to) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
        }
        message.setSubject(subject, "UTF-8");
        if (html == null) {
            message.setText(text, "UTF-8");
        } else {
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(part(text, "plain"));
            alternative.addBodyPart(part(html, "html"));
            message.setContent(alternative);
        }
        Transport.send(message);
        assertNotNull(message.getMessageID());
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, "UTF-8", subtype);
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + mailbox.httpPort() + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private List<Object> getJsonArray(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) JsonReader.parse(response.body());
        return list;
    }
}
