package be.digitalkeys.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;

/**
 * Development sender "log": hands the SMS to the development mailbox page. Its text holds a
 * code, so it never goes to Keycloak's log: when the mailbox is away, the log says so with a
 * masked number only.
 */
public class LogSmsSenderFactory implements SmsSenderFactory {

    public static final String PROVIDER_ID = "log";
    private static final Logger LOG = Logger.getLogger(LogSmsSenderFactory.class);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public SmsSender create(KeycloakSession session) {
        return LogSmsSenderFactory::send;
    }

    static void send(SmsMessage message, Map<String, String> config) throws SmsDeliveryException {
        URI url = SmsGatewayConfig.httpUrl(SmsGatewayConfig.value(config, SmsGatewayConfig.LOG_URL, SmsGatewayConfig.DEFAULT_LOG_URL));
        if (url == null) {
            throw new SmsDeliveryException("The development mailbox URL is not an http URL");
        }
        String body = "{\"to\":\"" + Escapes.json(message.toE164()) + "\",\"text\":\"" + Escapes.json(message.text())
                + "\",\"realm\":\"" + Escapes.json(message.realm()) + "\"}";
        try {
            HttpResponse<Void> response = CLIENT.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new SmsDeliveryException("The development mailbox answered HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            LOG.warnf("Development SMS to %s not delivered: the mailbox at %s is not reachable", PhoneNumbers.mask(message.toE164()), url);
            throw new SmsDeliveryException("The development mailbox is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("Interrupted", e);
        }
    }
}
