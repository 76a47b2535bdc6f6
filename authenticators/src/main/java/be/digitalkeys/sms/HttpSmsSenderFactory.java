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
import org.keycloak.models.KeycloakSession;

/**
 * Sender "http": a generic SMS gateway reached over HTTP (URL, method, headers, a secret token,
 * a body template, a timeout and retries). Success is any 2xx; network errors, timeouts, 5xx and
 * 429 are retried. Neither the text nor the token is ever logged.
 */
public class HttpSmsSenderFactory implements SmsSenderFactory {

    public static final String PROVIDER_ID = "http";
    private static final Logger LOG = Logger.getLogger(HttpSmsSenderFactory.class);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public SmsSender create(KeycloakSession session) {
        return HttpSmsSenderFactory::send;
    }

    static void send(SmsMessage message, Map<String, String> config) throws SmsDeliveryException {
        URI url = SmsGatewayConfig.httpUrl(config.get(SmsGatewayConfig.URL));
        if (url == null) {
            throw new SmsDeliveryException("The SMS gateway URL is missing or not an http(s) URL");
        }
        HttpRequest request = request(url, message, config);
        int attempts = 1 + SmsGatewayConfig.number(config, SmsGatewayConfig.RETRIES, 2, 0, 5);
        String last = "";
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                int status = CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                LOG.debugf("SMS to %s: gateway answered %d (attempt %d of %d)", PhoneNumbers.mask(message.toE164()), status, attempt, attempts);
                if (status / 100 == 2) {
                    return;
                }
                last = "HTTP " + status;
                if (status != 429 && status < 500) {
                    break;
                }
            } catch (HttpTimeoutException e) {
                last = "timeout";
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SmsDeliveryException("Interrupted", e);
            }
            backOff(attempt, attempts);
        }
        throw new SmsDeliveryException("The SMS gateway did not accept the message: " + last);
    }

    private static HttpRequest request(URI url, SmsMessage message, Map<String, String> config) {
        String contentType = SmsGatewayConfig.value(config, SmsGatewayConfig.CONTENT_TYPE, "application/json");
        boolean json = contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
        java.util.function.UnaryOperator<String> escape = json ? Escapes::json : Escapes::form;
        String body = SmsGatewayConfig.value(config, SmsGatewayConfig.BODY, SmsGatewayConfig.DEFAULT_BODY)
                .replace("${to}", escape.apply(message.toE164()))
                .replace("${text}", escape.apply(message.text()))
                .replace("${realm}", escape.apply(message.realm()));
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .timeout(Duration.ofMillis(SmsGatewayConfig.number(config, SmsGatewayConfig.TIMEOUT_MS, 5000, 100, 30_000)))
                .header("Content-Type", contentType)
                .method(SmsGatewayConfig.value(config, SmsGatewayConfig.METHOD, "POST").equals("PUT") ? "PUT" : "POST",
                        HttpRequest.BodyPublishers.ofString(body));
        SmsGatewayConfig.headers(config).forEach(builder::header);
        String secret = config.get(SmsGatewayConfig.SECRET);
        if (secret != null && !secret.isBlank()) {
            String header = SmsGatewayConfig.value(config, SmsGatewayConfig.SECRET_HEADER, "Authorization");
            builder.header(header, "Authorization".equalsIgnoreCase(header) ? "Bearer " + secret.strip() : secret.strip());
        }
        return builder.build();
    }

    /** A short pause between attempts (real I/O back-off, at most a second in all). */
    private static void backOff(int attempt, int attempts) throws SmsDeliveryException {
        if (attempt >= attempts) {
            return;
        }
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("Interrupted", e);
        }
    }
}
