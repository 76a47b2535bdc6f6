package be.digitalkeys.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import org.jboss.logging.Logger;

/**
 * Sends through a generic HTTP gateway (see {@link SmsGatewayConfig}): one request per attempt,
 * success on any 2xx, retries after network errors, timeouts, 5xx and 429 only. Logs status and
 * attempt with the masked number at DEBUG; never the text, the full number or the token.
 */
final class HttpSmsSender implements SmsSender {

    private static final Logger LOG = Logger.getLogger(HttpSmsSender.class);
    private static final long BACKOFF_MS = 200;

    /** Created on first use, not when Keycloak's build step loads the factory. */
    private static final class Client {
        static final HttpClient INSTANCE = HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(SmsGatewayConfig.MAX_TIMEOUT_MS))
                .followRedirects(HttpClient.Redirect.NEVER) // the token stays with the configured host
                .build();
    }

    @Override
    public void send(SmsMessage message, Map<String, String> config) throws SmsDeliveryException {
        Map<String, String> settings = config == null ? Map.of() : config;
        URI url = SmsGatewayConfig.url(settings)
                .orElseThrow(() -> new SmsDeliveryException("The SMS gateway URL is missing or not an http(s) URL"));
        HttpRequest request = request(url, message, settings);
        String to = PhoneNumbers.mask(message.toE164());
        int attempts = 1 + SmsGatewayConfig.retries(settings);
        for (int attempt = 1; ; attempt++) {
            String outcome;
            boolean retry;
            try {
                int status = Client.INSTANCE.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                LOG.debugf("SMS to %s: gateway answered HTTP %d (attempt %d of %d)", to, status, attempt, attempts);
                if (status >= 200 && status < 300) {
                    return;
                }
                outcome = "HTTP " + status;
                retry = status == 429 || status >= 500;
            } catch (HttpTimeoutException e) {
                outcome = "timeout";
                retry = true;
                LOG.debugf("SMS to %s: gateway timed out (attempt %d of %d)", to, attempt, attempts);
            } catch (IOException e) {
                outcome = e.getClass().getSimpleName();
                retry = true;
                LOG.debugf("SMS to %s: %s (attempt %d of %d)", to, outcome, attempt, attempts);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SmsDeliveryException("Interrupted while sending the SMS", e);
            }
            if (!retry || attempt >= attempts) {
                throw new SmsDeliveryException("The SMS gateway did not take the message: " + outcome
                        + " (attempt " + attempt + " of " + attempts + ")");
            }
            pause(attempt);
        }
    }

    private static HttpRequest request(URI url, SmsMessage message, Map<String, String> config) throws SmsDeliveryException {
        String contentType = SmsGatewayConfig.contentType(config);
        String body = Escapes.fill(SmsGatewayConfig.body(config), message, contentType);
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                    .timeout(Duration.ofMillis(SmsGatewayConfig.timeoutMs(config)))
                    .method(SmsGatewayConfig.method(config), HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", contentType);
            SmsGatewayConfig.headers(config).forEach(builder::setHeader);
            SmsGatewayConfig.secret(config).ifPresent(secret -> {
                String header = SmsGatewayConfig.secretHeader(config);
                builder.setHeader(header, "Authorization".equalsIgnoreCase(header) ? "Bearer " + secret : secret);
            });
            return builder.build();
        } catch (IllegalArgumentException e) {
            // No cause: java.net.http may quote the offending header value, which can be the token.
            throw new SmsDeliveryException("The SMS gateway request cannot be built: check the headers, "
                    + "the secret header and the content type");
        }
    }

    /** A short pause before the next attempt: a real I/O back-off (200 ms, 400 ms, ...). */
    private static void pause(int attempt) throws SmsDeliveryException {
        try {
            Thread.sleep(BACKOFF_MS * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("Interrupted while sending the SMS", e);
        }
    }
}
