package be.digitalkeys.eid.webeid;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.digitalkeys.eid.ocsp.CappedBodySubscriber;

/**
 * {@link IntermediateFetcher} over HTTP GET with {@link HttpClient}: http and https only, redirects
 * not followed, the timeout bounds the whole exchange, the answer must be {@code 200} with at most
 * {@value #MAX_BODY_BYTES} bytes holding one certificate (DER or PEM) of a CA (basicConstraints
 * CA=true, key usage keyCertSign). Fetched certificates are kept in memory per address (public
 * data; at most {@value #DEFAULT_MAX_ENTRIES} entries by default, least recently used dropped
 * first); failures are not kept. Thread-safe.
 */
public final class HttpIntermediateFetcher implements IntermediateFetcher {

    public static final int MAX_BODY_BYTES = 16 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_CACHE_TTL = Duration.ofHours(24);
    public static final int DEFAULT_MAX_ENTRIES = 64;

    private static final int KEY_CERT_SIGN = 5;
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+?)-----END CERTIFICATE-----");

    private record Entry(X509Certificate certificate, Instant expiresAt) {
    }

    private final HttpClient client;
    private final Duration timeout;
    private final Duration cacheTtl;
    private final Clock clock;
    private final Map<String, Entry> cache;

    /** 5 s timeout, certificates kept 24 hours, at most 64 addresses. */
    public HttpIntermediateFetcher() {
        this(DEFAULT_TIMEOUT, DEFAULT_CACHE_TTL, DEFAULT_MAX_ENTRIES, Clock.systemUTC());
    }

    /**
     * @param timeout the whole exchange (connect, send, receive)
     * @param cacheTtl how long a fetched certificate is reused; zero: not kept
     * @param maxEntries addresses kept at most
     */
    public HttpIntermediateFetcher(Duration timeout, Duration cacheTtl, int maxEntries, Clock clock) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.cacheTtl = Objects.requireNonNull(cacheTtl, "cacheTtl");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (cacheTtl.isNegative()) {
            throw new IllegalArgumentException("cacheTtl must not be negative");
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public Optional<X509Certificate> fetch(URI caIssuers) {
        if (caIssuers == null || !isHttp(caIssuers)) {
            return Optional.empty();
        }
        String key = caIssuers.toString();
        Optional<X509Certificate> cached = cached(key);
        if (cached.isPresent()) {
            return cached;
        }
        try {
            X509Certificate certificate = caCertificate(download(caIssuers));
            remember(key, certificate);
            return Optional.of(certificate);
        } catch (IOException | CertificateException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Addresses currently kept (expired ones included until they are asked for again). */
    public synchronized int cacheSize() {
        return cache.size();
    }

    private synchronized Optional<X509Certificate> cached(String key) {
        Entry entry = cache.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            cache.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.certificate());
    }

    private synchronized void remember(String key, X509Certificate certificate) {
        if (!cacheTtl.isZero()) {
            cache.put(key, new Entry(certificate, clock.instant().plus(cacheTtl)));
        }
    }

    private byte[] download(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, info -> new CappedBodySubscriber(MAX_BODY_BYTES));
        HttpResponse<byte[]> response;
        try {
            response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IOException("No answer within " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.net.http.HttpTimeoutException) {
                // The request's own timeout and the wait above end at the same moment: either may come first.
                throw new IOException("No answer within " + timeout.toMillis() + " ms", cause);
            }
            throw cause instanceof IOException io ? io : new IOException("Request failed", cause);
        }
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
    }

    /** One certificate, DER or PEM, of a CA that may sign certificates. */
    static X509Certificate caCertificate(byte[] body) throws CertificateException {
        byte[] der = body;
        if (body.length == 0) {
            throw new CertificateException("Empty body");
        }
        if (body[0] != 0x30) {
            Matcher matcher = PEM.matcher(new String(body, StandardCharsets.US_ASCII));
            if (!matcher.find()) {
                throw new CertificateException("Neither DER nor PEM");
            }
            try {
                der = Base64.getMimeDecoder().decode(matcher.group(1).replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                throw new CertificateException("Bad base64", e);
            }
            if (matcher.find()) {
                throw new CertificateException("More than one certificate");
            }
        }
        ByteArrayInputStream in = new ByteArrayInputStream(der);
        X509Certificate certificate =
                (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        if (in.available() != 0) {
            throw new CertificateException("Trailing data after the certificate");
        }
        boolean[] keyUsage = certificate.getKeyUsage();
        if (certificate.getBasicConstraints() < 0
                || keyUsage == null || keyUsage.length <= KEY_CERT_SIGN || !keyUsage[KEY_CERT_SIGN]) {
            throw new CertificateException("Not a CA certificate");
        }
        return certificate;
    }

    static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return uri.isAbsolute() && uri.getHost() != null && uri.getRawUserInfo() == null
                && ("http".equals(scheme) || "https".equals(scheme));
    }
}
