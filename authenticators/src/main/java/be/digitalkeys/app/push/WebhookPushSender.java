package be.digitalkeys.app.push;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jboss.logging.Logger;

/**
 * Posts the push's opaque ids as JSON to the operator's push service, signed with HMAC-SHA256
 * (header {@code X-DK-Signature: sha256=<hex>}) so the service can tell it comes from Keycloak.
 */
final class WebhookPushSender implements PushSender {

    static final String SIGNATURE_HEADER = "X-DK-Signature";
    private static final Logger LOG = Logger.getLogger(WebhookPushSender.class);

    /** Created on first use, not when Keycloak's build step loads the factory. */
    private static final class Client {
        static final HttpClient INSTANCE = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3))
                .build();
    }

    @Override
    public void send(PushMessage message, PushSettings settings) throws PushDeliveryException {
        URI url = settings.webhookUrl().orElseThrow(() -> new PushDeliveryException("The push webhook URL is not an http(s) URL"));
        String body = message.json();
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!settings.webhookSecret().isEmpty()) {
            request.header(SIGNATURE_HEADER, "sha256=" + hmac(settings.webhookSecret(), body));
        }
        int status;
        try {
            status = Client.INSTANCE.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            LOG.warnf("Push for request %s not delivered: the webhook %s is not reachable (%s)", message.request(), url.getHost(),
                    e.getClass().getSimpleName());
            throw new PushDeliveryException("The push webhook is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushDeliveryException("Interrupted while sending the push", e);
        }
        if (status < 200 || status >= 300) {
            LOG.warnf("Push for request %s not delivered: the webhook answered HTTP %d", message.request(), status);
            throw new PushDeliveryException("The push webhook answered HTTP " + status);
        }
    }

    static String hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
