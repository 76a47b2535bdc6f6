package be.digitalkeys.eid.ocsp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * OCSP over HTTP POST (RFC 6960, appendix A) with {@link HttpClient}: the timeout bounds the
 * whole exchange, redirects are not followed, the answer must be {@code 200} with
 * {@code application/ocsp-response} and at most {@value #MAX_RESPONSE_BYTES} bytes.
 */
public final class HttpOcspTransport implements OcspTransport {

    public static final int MAX_RESPONSE_BYTES = 64 * 1024;
    static final String REQUEST_TYPE = "application/ocsp-request";
    static final String RESPONSE_TYPE = "application/ocsp-response";

    private final HttpClient client;

    public HttpOcspTransport() {
        this(Duration.ofSeconds(5));
    }

    /** @param connectTimeout upper bound for opening a connection (the per-call timeout also applies) */
    public HttpOcspTransport(Duration connectTimeout) {
        this(HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build());
    }

    public HttpOcspTransport(HttpClient client) {
        this.client = client;
    }

    @Override
    public byte[] post(URI responder, byte[] requestDer, Duration timeout) throws IOException {
        if (!OcspSettings.isHttp(responder)) {
            throw new IOException("OCSP responder must be an http or https URL");
        }
        HttpRequest request = HttpRequest.newBuilder(responder)
                .timeout(timeout)
                .header("Content-Type", REQUEST_TYPE)
                .header("Accept", RESPONSE_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(requestDer))
                .build();
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, info -> new CappedBodySubscriber(MAX_RESPONSE_BYTES));
        HttpResponse<byte[]> response;
        try {
            response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut(timeout, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the OCSP responder", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.net.http.HttpTimeoutException) {
                // The request's own timeout and the wait above end at the same moment: either may come first.
                throw timedOut(timeout, cause);
            }
            throw cause instanceof IOException io ? io : new IOException("OCSP request failed", cause);
        }
        if (response.statusCode() != 200) {
            throw new IOException("OCSP responder answered HTTP " + response.statusCode());
        }
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith(RESPONSE_TYPE)) {
            throw new IOException("OCSP responder answered with an unexpected content type");
        }
        return response.body();
    }

    private static IOException timedOut(Duration timeout, Throwable cause) {
        return new IOException("OCSP responder did not answer within " + timeout.toMillis() + " ms", cause);
    }
}
