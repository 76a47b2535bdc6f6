package be.digitalkeys.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jboss.logging.Logger;

/**
 * Development sender: posts {"to", "text", "realm"} to the development mailbox, whose page shows
 * it. The text holds a code, so it never goes to Keycloak's log: when the mailbox is away, one
 * WARN says so with the masked number only.
 */
final class LogSmsSender implements SmsSender {

    private static final Logger LOG = Logger.getLogger(LogSmsSender.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** Created on first use, not when Keycloak's build step loads the factory. */
    private static final class Client {
        static final HttpClient INSTANCE = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .build();
    }

    @Override
    public void send(SmsMessage message, Map<String, String> config) throws SmsDeliveryException {
        Map<String, String> settings = config == null ? Map.of() : config;
        URI url = SmsGatewayConfig.logUrl(settings)
                .orElseThrow(() -> new SmsDeliveryException("The development mailbox URL is not an http(s) URL"));
        String body = Escapes.fill("{\"to\":\"${to}\",\"text\":\"${text}\",\"realm\":\"${realm}\"}", message, "application/json");
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        int status;
        try {
            status = Client.INSTANCE.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            LOG.warnf("Development SMS to %s not delivered: the mailbox at %s is not reachable (%s)",
                    PhoneNumbers.mask(message.toE164()), url, e.getClass().getSimpleName());
            throw new SmsDeliveryException("The development mailbox is not reachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("Interrupted while sending the SMS", e);
        }
        if (status < 200 || status >= 300) {
            LOG.warnf("Development SMS to %s not delivered: the mailbox answered HTTP %d", PhoneNumbers.mask(message.toE164()), status);
            throw new SmsDeliveryException("The development mailbox answered HTTP " + status);
        }
        LOG.debugf("Development SMS to %s handed to the mailbox", PhoneNumbers.mask(message.toE164()));
    }
}
