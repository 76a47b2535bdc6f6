package be.digitalkeys.eid.webeid;

import static be.digitalkeys.eid.testing.Tokens.ORIGIN;
import static be.digitalkeys.eid.webeid.AuthTokenException.Reason.NOT_TRUSTED;
import static be.digitalkeys.eid.webeid.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import be.digitalkeys.eid.truststore.BelgianTrustStore;
import be.digitalkeys.eid.ocsp.OcspSettings;
import be.digitalkeys.eid.ocsp.OcspStatus;
import be.digitalkeys.eid.testing.GeneratedPki;
import be.digitalkeys.eid.testing.MutableClock;
import be.digitalkeys.eid.testing.TestPkiFactory;
import be.digitalkeys.eid.testing.Tokens;

/**
 * Missing issuing CAs fetched from the certificate's AIA caIssuers address: an untrusted
 * intermediate, never an anchor; the chain still has to end at a configured root (by key).
 */
class IntermediateFetchingTest {

    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String NISS = "85073003328";
    static final GeneratedPki PKI = new GeneratedPki();
    static final KeyPair HOLDER = TestPkiFactory.ec("secp256r1");

    private final CertServer server = new CertServer();
    private final String nonce = Tokens.nonce();

    @AfterEach
    void stop() {
        server.close();
    }

    /** Only the root is configured; the Citizen CA has to come from the AIA address. */
    private static AuthTokenValidator validator(IntermediateFetcher fetcher) {
        var responder = PKI.responder(serial -> OcspStatus.GOOD, CLOCK);
        AuthTokenValidatorBuilder builder = AuthTokenValidator.builder()
                .withTrustedCertificates(List.of(PKI.root))
                .withClock(CLOCK)
                .withOcspTransport((uri, request, timeout) -> responder.respond(request));
        if (fetcher != null) {
            builder.withIntermediateFetching(fetcher);
        }
        return builder.build();
    }

    private X509Certificate leafWithAia(String path) {
        return PKI.authSpec(HOLDER, NISS).caIssuersUrl(server.uri(path).toString()).build();
    }

    private String token(X509Certificate leaf, KeyPair keys) {
        return Tokens.sign(leaf, keys.getPrivate(), "ES256", nonce);
    }

    private static HttpIntermediateFetcher http() {
        return new HttpIntermediateFetcher(Duration.ofSeconds(5), Duration.ofHours(1), 64, CLOCK);
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the chain step ---

    @Test
    void intermediateNotConfigured_withoutFetcher_notTrusted() {
        server.serve("/ca.crt", der(PKI.ca));
        X509Certificate leaf = leafWithAia("/ca.crt");
        assertRefused(NOT_TRUSTED, () -> validator(null).validate(token(leaf, HOLDER), ORIGIN, nonce), NISS);
        assertEquals(0, server.requests());
    }

    @Test
    void intermediateServedAtTheAiaAddress_valid() throws Exception {
        server.serve("/ca.crt", der(PKI.ca));
        X509Certificate leaf = leafWithAia("/ca.crt");
        ValidatedEid eid = validator(http()).validate(token(leaf, HOLDER), ORIGIN, nonce);
        assertEquals(NISS, eid.niss());
        assertEquals(1, server.requests());
        assertEquals(List.of("/ca.crt"), server.paths());
    }

    @Test
    void intermediateServedAsPem_valid() throws Exception {
        server.serve("/ca.pem", BelgianTrustStore.toPem(PKI.ca).getBytes(StandardCharsets.US_ASCII));
        X509Certificate leaf = leafWithAia("/ca.pem");
        assertEquals(NISS, validator(http()).validate(token(leaf, HOLDER), ORIGIN, nonce).niss());
    }

    @Test
    void fetchedIssuer_isTheOcspIssuer() throws Exception {
        X509Certificate leaf = leafWithAia("/ca.crt");
        ChainValidator chain = new ChainValidator(
                AuthTokenValidator.builder().withTrustedCertificates(List.of(PKI.root)).anchors, List.of(),
                uri -> Optional.of(PKI.ca));
        ChainValidator.Chain path = chain.validate(leaf, NOW);
        assertEquals(PKI.ca, path.issuer());
        assertEquals(PKI.root, path.anchor().getTrustedCert());
    }

    @Test
    void configuredChainBuilds_fetcherNotAsked() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        AuthTokenValidator validator = AuthTokenValidator.builder().withTrustedCertificates(PKI.trusted())
                .withClock(CLOCK).withOcsp(OcspSettings.disabled())
                .withIntermediateFetching(uri -> {
                    asked.incrementAndGet();
                    return Optional.empty();
                }).build();
        X509Certificate leaf = leafWithAia("/ca.crt");
        assertEquals(NISS, validator.validate(token(leaf, HOLDER), ORIGIN, nonce).niss());
        assertEquals(0, asked.get());
    }

    @Test
    void rogueIntermediate_sameNameOtherKey_signedByRogueRoot_notTrusted() {
        KeyPair rogueRootKeys = TestPkiFactory.ec("secp256r1");
        X509Certificate rogueRoot = TestPkiFactory.certificate().subject("C=BE,CN=Generated Test Root")
                .selfSigned(rogueRootKeys).ca(null).build();
        KeyPair rogueCaKeys = TestPkiFactory.ec("secp256r1");
        X509Certificate rogueCa = TestPkiFactory.certificate()
                .subject(X500Name.getInstance(PKI.ca.getSubjectX500Principal().getEncoded()))
                .publicKey(rogueCaKeys.getPublic()).issuedBy(rogueRoot, rogueRootKeys.getPrivate()).ca(0).build();
        assertEquals(PKI.ca.getSubjectX500Principal(), rogueCa.getSubjectX500Principal());
        server.serve("/ca.crt", der(rogueCa));
        KeyPair holder = TestPkiFactory.ec("secp256r1");
        X509Certificate forged = PKI.authSpec(holder, NISS).issuedBy(rogueCa, rogueCaKeys.getPrivate())
                .caIssuersUrl(server.uri("/ca.crt").toString()).build();

        assertRefused(NOT_TRUSTED, () -> validator(http()).validate(token(forged, holder), ORIGIN, nonce), NISS);
        assertEquals(1, server.requests());
    }

    @Test
    void rogueIntermediate_signedByTheRealCaName_butNotItsKey_notTrusted() {
        // the fetched CA names the configured root as its issuer but is signed by another key
        KeyPair rogueRootKeys = TestPkiFactory.ec("secp256r1");
        X509Certificate rogueRoot = TestPkiFactory.certificate().subject("C=BE,CN=Generated Test Root")
                .selfSigned(rogueRootKeys).ca(null).build();
        KeyPair rogueCaKeys = TestPkiFactory.ec("secp256r1");
        X509Certificate rogueCa = TestPkiFactory.certificate().subject("C=BE,CN=Another Citizen CA")
                .publicKey(rogueCaKeys.getPublic()).issuedBy(rogueRoot, rogueRootKeys.getPrivate()).ca(0).build();
        X509Certificate forged = PKI.authSpec(HOLDER, NISS).issuedBy(rogueCa, rogueCaKeys.getPrivate()).build();
        ChainValidator chain = new ChainValidator(
                AuthTokenValidator.builder().withTrustedCertificates(List.of(PKI.root)).anchors, List.of(),
                uri -> Optional.of(rogueCa));
        assertRefused(NOT_TRUSTED, () -> chain.validate(forged, NOW));
    }

    @Test
    void fetchedSelfSignedCertificate_isNeverAnAnchor() {
        // a self-signed CA that did issue the leaf, served at the leaf's AIA address
        KeyPair selfKeys = TestPkiFactory.ec("secp256r1");
        X509Certificate selfSigned = TestPkiFactory.certificate().subject("C=BE,CN=Self-made Citizen CA")
                .selfSigned(selfKeys).ca(null).build();
        assertTrue(AuthTokenValidatorBuilder.isSelfSigned(selfSigned));
        server.serve("/self.crt", der(selfSigned));
        KeyPair holder = TestPkiFactory.ec("secp256r1");
        X509Certificate leaf = PKI.authSpec(holder, NISS).issuedBy(selfSigned, selfKeys.getPrivate())
                .caIssuersUrl(server.uri("/self.crt").toString()).build();

        assertRefused(NOT_TRUSTED, () -> validator(http()).validate(token(leaf, holder), ORIGIN, nonce), NISS);
        assertEquals(1, server.requests());
        // the same with the configured root's name
        KeyPair lookAlikeKeys = TestPkiFactory.ec("secp256r1");
        X509Certificate lookAlike = TestPkiFactory.certificate().subject("C=BE,CN=Generated Test Root")
                .selfSigned(lookAlikeKeys).ca(null).build();
        X509Certificate leaf2 = PKI.authSpec(holder, NISS).issuedBy(lookAlike, lookAlikeKeys.getPrivate()).build();
        ChainValidator chain = new ChainValidator(
                AuthTokenValidator.builder().withTrustedCertificates(List.of(PKI.root)).anchors, List.of(),
                uri -> Optional.of(lookAlike));
        X509Certificate withAia = PKI.authSpec(holder, NISS).issuedBy(lookAlike, lookAlikeKeys.getPrivate())
                .caIssuersUrl("http://certs.example.invalid/root.crt").build();
        assertRefused(NOT_TRUSTED, () -> chain.validate(leaf2, NOW));
        assertRefused(NOT_TRUSTED, () -> chain.validate(withAia, NOW));
    }

    @Test
    void noAiaAddress_orFetchFails_orFetcherThrows_notTrusted() {
        X509Certificate noAia = PKI.auth(HOLDER, NISS);
        assertRefused(NOT_TRUSTED, () -> validator(uri -> Optional.of(PKI.ca)).validate(token(noAia, HOLDER),
                ORIGIN, nonce));
        X509Certificate leaf = leafWithAia("/missing.crt");
        assertRefused(NOT_TRUSTED, () -> validator(http()).validate(token(leaf, HOLDER), ORIGIN, nonce));
        assertEquals(1, server.requests());
        assertRefused(NOT_TRUSTED, () -> validator(uri -> {
            throw new IllegalStateException("broken");
        }).validate(token(leaf, HOLDER), ORIGIN, nonce));
        assertRefused(NOT_TRUSTED, () -> validator(uri -> null).validate(token(leaf, HOLDER), ORIGIN, nonce));
    }

    @Test
    void fetchedCertificateOfAnotherName_isIgnored() {
        AtomicInteger asked = new AtomicInteger();
        X509Certificate leaf = leafWithAia("/ca.crt");
        assertRefused(NOT_TRUSTED, () -> validator(uri -> {
            asked.incrementAndGet();
            return Optional.of(PKI.root);
        }).validate(token(leaf, HOLDER), ORIGIN, nonce));
        assertEquals(1, asked.get());
    }

    @Test
    void caIssuersUrls_httpOnly_atMostTwo() {
        X509Certificate ocspOnly = PKI.auth(HOLDER, NISS);
        assertEquals(List.of(), ChainValidator.caIssuersUrls(ocspOnly));
        X509Certificate ftp = PKI.authSpec(HOLDER, NISS).caIssuersUrl("ftp://certs.example.be/ca.crt").build();
        assertEquals(List.of(), ChainValidator.caIssuersUrls(ftp));
        X509Certificate ldap = PKI.authSpec(HOLDER, NISS).caIssuersUrl("ldap://certs.example.be/cn=ca").build();
        assertEquals(List.of(), ChainValidator.caIssuersUrls(ldap));
        X509Certificate http = leafWithAia("/ca.crt");
        assertEquals(List.of(server.uri("/ca.crt")), ChainValidator.caIssuersUrls(http));
    }

    @Test
    void builder_refusesANullFetcher() {
        assertThrows(NullPointerException.class, () -> AuthTokenValidator.builder().withIntermediateFetching(null));
    }

    // --- HttpIntermediateFetcher ---

    @Test
    void http_fetchesDerAndPem() {
        server.serve("/ca.crt", der(PKI.ca));
        server.serve("/ca.pem", ("text before\n" + BelgianTrustStore.toPem(PKI.ca)).getBytes(StandardCharsets.US_ASCII));
        assertEquals(Optional.of(PKI.ca), http().fetch(server.uri("/ca.crt")));
        assertEquals(Optional.of(PKI.ca), http().fetch(server.uri("/ca.pem")));
    }

    @Test
    void http_refusesNonCaCertificates() {
        X509Certificate endEntity = PKI.auth(HOLDER, NISS);
        X509Certificate caWithoutKeyCertSign = TestPkiFactory.certificate().subject("C=BE,CN=Odd CA")
                .publicKey(HOLDER.getPublic()).issuedBy(PKI.root, PKI.rootKeys.getPrivate()).ca(0)
                .keyUsage(KeyUsage.digitalSignature | KeyUsage.cRLSign).build();
        X509Certificate keyCertSignWithoutCa = TestPkiFactory.certificate().subject("C=BE,CN=Not a CA")
                .publicKey(HOLDER.getPublic()).issuedBy(PKI.root, PKI.rootKeys.getPrivate())
                .keyUsage(KeyUsage.keyCertSign).build();
        server.serve("/ee.crt", der(endEntity));
        server.serve("/odd.crt", der(caWithoutKeyCertSign));
        server.serve("/nonca.crt", der(keyCertSignWithoutCa));
        server.serve("/real-leaf.crt", der(RealEidCertificateTest.REAL));
        HttpIntermediateFetcher fetcher = http();
        for (String path : List.of("/ee.crt", "/odd.crt", "/nonca.crt", "/real-leaf.crt")) {
            assertEquals(Optional.empty(), fetcher.fetch(server.uri(path)), path);
        }
        assertEquals(0, fetcher.cacheSize());
    }

    @Test
    void http_refusesOversizeBodies_andGarbage() {
        byte[] padded = ("x".repeat(HttpIntermediateFetcher.MAX_BODY_BYTES) + BelgianTrustStore.toPem(PKI.ca))
                .getBytes(StandardCharsets.US_ASCII);
        byte[] justUnder = (" ".repeat(HttpIntermediateFetcher.MAX_BODY_BYTES - 1000) + BelgianTrustStore.toPem(PKI.ca))
                .getBytes(StandardCharsets.US_ASCII);
        assertTrue(justUnder.length <= HttpIntermediateFetcher.MAX_BODY_BYTES);
        byte[] trailing = Arrays.copyOf(der(PKI.ca), der(PKI.ca).length + 1);
        byte[] two = (BelgianTrustStore.toPem(PKI.ca) + BelgianTrustStore.toPem(PKI.root)).getBytes(StandardCharsets.US_ASCII);
        server.serve("/big.pem", padded);
        server.serve("/ok.pem", justUnder);
        server.serve("/garbage", "<html>not found</html>".getBytes(StandardCharsets.US_ASCII));
        server.serve("/empty", new byte[0]);
        server.serve("/trailing.crt", trailing);
        server.serve("/two.pem", two);
        HttpIntermediateFetcher fetcher = http();
        assertEquals(Optional.empty(), fetcher.fetch(server.uri("/big.pem")));
        assertEquals(Optional.of(PKI.ca), fetcher.fetch(server.uri("/ok.pem")));
        for (String path : List.of("/garbage", "/empty", "/trailing.crt", "/two.pem")) {
            assertEquals(Optional.empty(), fetcher.fetch(server.uri(path)), path);
        }
    }

    @Test
    void http_refusesErrorsRedirectsAndOtherSchemes() {
        server.serve("/ca.crt", der(PKI.ca));
        server.redirect("/moved.crt", server.uri("/ca.crt"));
        HttpIntermediateFetcher fetcher = http();
        assertEquals(Optional.empty(), fetcher.fetch(server.uri("/404.crt")));
        assertEquals(Optional.empty(), fetcher.fetch(server.uri("/moved.crt")));
        assertEquals(List.of("/404.crt", "/moved.crt"), server.paths());
        assertEquals(Optional.empty(), fetcher.fetch(URI.create("file:///etc/passwd")));
        assertEquals(Optional.empty(), fetcher.fetch(URI.create("ftp://127.0.0.1/ca.crt")));
        assertEquals(Optional.empty(), fetcher.fetch(URI.create("/ca.crt")));
        assertEquals(Optional.empty(), fetcher.fetch(null));
        assertEquals(2, server.requests());
    }

    @Test
    void http_timeout_empty() {
        server.serve("/slow.crt", der(PKI.ca));
        server.holdAnswers();
        HttpIntermediateFetcher fetcher = new HttpIntermediateFetcher(Duration.ofMillis(300), Duration.ofHours(1), 64, CLOCK);
        long start = System.nanoTime();
        assertEquals(Optional.empty(), fetcher.fetch(server.uri("/slow.crt")));
        // The server holds its answer 30 s: well under that means the 300 ms timeout worked, with room for a busy machine.
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0);
    }

    @Test
    void http_cache_avoidsASecondRequest_untilItExpires() {
        server.serve("/ca.crt", der(PKI.ca));
        MutableClock clock = new MutableClock(NOW);
        HttpIntermediateFetcher fetcher = new HttpIntermediateFetcher(Duration.ofSeconds(5), Duration.ofMinutes(10), 64, clock);
        X509Certificate first = fetcher.fetch(server.uri("/ca.crt")).orElseThrow();
        X509Certificate second = fetcher.fetch(server.uri("/ca.crt")).orElseThrow();
        assertSame(first, second);
        assertEquals(1, server.requests());
        clock.advance(Duration.ofMinutes(10));
        assertEquals(Optional.of(PKI.ca), fetcher.fetch(server.uri("/ca.crt")));
        assertEquals(2, server.requests());
    }

    @Test
    void http_cache_throughTheValidator_oneRequestForTwoLogins() throws Exception {
        server.serve("/ca.crt", der(PKI.ca));
        X509Certificate leaf = leafWithAia("/ca.crt");
        HttpIntermediateFetcher fetcher = http();
        AuthTokenValidator validator = validator(fetcher);
        validator.validate(token(leaf, HOLDER), ORIGIN, nonce);
        String nonce2 = Tokens.nonce();
        validator(fetcher).validate(Tokens.sign(leaf, HOLDER.getPrivate(), "ES256", nonce2), ORIGIN, nonce2);
        assertEquals(1, server.requests());
    }

    @Test
    void http_cache_isBounded_leastRecentlyUsedDropped() {
        for (String path : List.of("/a.crt", "/b.crt", "/c.crt")) {
            server.serve(path, der(PKI.ca));
        }
        HttpIntermediateFetcher fetcher = new HttpIntermediateFetcher(Duration.ofSeconds(5), Duration.ofHours(1), 2, CLOCK);
        fetcher.fetch(server.uri("/a.crt"));
        fetcher.fetch(server.uri("/b.crt"));
        fetcher.fetch(server.uri("/a.crt"));  // a is now the most recently used
        fetcher.fetch(server.uri("/c.crt"));  // drops b
        assertEquals(2, fetcher.cacheSize());
        assertEquals(3, server.requests());
        fetcher.fetch(server.uri("/a.crt"));
        assertEquals(3, server.requests());
        fetcher.fetch(server.uri("/b.crt"));
        assertEquals(4, server.requests());
    }

    @Test
    void http_zeroTtl_keepsNothing() {
        server.serve("/ca.crt", der(PKI.ca));
        HttpIntermediateFetcher fetcher = new HttpIntermediateFetcher(Duration.ofSeconds(5), Duration.ZERO, 64, CLOCK);
        fetcher.fetch(server.uri("/ca.crt"));
        fetcher.fetch(server.uri("/ca.crt"));
        assertEquals(2, server.requests());
        assertEquals(0, fetcher.cacheSize());
    }

    @Test
    void http_acceptsTheRealCitizenCa() {
        server.serve("/citizen201709.crt", der(realCitizenCa()));
        assertEquals(Optional.of(realCitizenCa()), http().fetch(server.uri("/citizen201709.crt")));
    }

    // --- real Belgian data ---

    static X509Certificate realCitizenCa() {
        List<X509Certificate> intermediates = BelgianTrustStore.defaults().stream()
                .filter(c -> !AuthTokenValidatorBuilder.isSelfSigned(c)).toList();
        assertEquals(1, intermediates.size());
        assertTrue(intermediates.get(0).getSubjectX500Principal().getName().contains("CN=Citizen CA"));
        return intermediates.get(0);
    }

    private static AuthTokenValidatorImpl rootsOnly(IntermediateFetcher fetcher) {
        List<X509Certificate> roots = BelgianTrustStore.defaults().stream()
                .filter(AuthTokenValidatorBuilder::isSelfSigned).toList();
        assertEquals(3, roots.size());
        return (AuthTokenValidatorImpl) AuthTokenValidator.builder().withTrustedCertificates(roots)
                .withClock(RealEidCertificateTest.AT_2024_06_01).withOcsp(OcspSettings.disabled())
                .withIntermediateFetching(fetcher).build();
    }

    @Test
    void realCertificate_rootsOnly_citizenCaFetchedFromItsAiaAddress_valid() throws Exception {
        X509Certificate real = RealEidCertificateTest.REAL;
        List<URI> inCertificate = ChainValidator.caIssuersUrls(real);
        // NB: the real leaf's caIssuers names Belgium Root CA4's file, not its Citizen CA's
        assertEquals(List.of(URI.create("http://certs.eid.belgium.be/belgiumrs4.crt")), inCertificate);
        List<URI> asked = new CopyOnWriteArrayList<>();
        EidIdentity identity = rootsOnly(uri -> {
            asked.add(uri);
            return inCertificate.contains(uri) ? Optional.of(realCitizenCa()) : Optional.empty();
        }).validateCertificate(real);
        assertEquals("79021802145", identity.niss().digits());
        assertEquals(inCertificate, asked);
    }

    @Test
    void realCertificate_rootsOnly_addressServingTheRoot_notTrusted() {
        // what http://certs.eid.belgium.be/belgiumrs4.crt serves: Belgium Root CA4 itself
        X509Certificate rootCa4 = BelgianTrustStore.defaults().stream()
                .filter(c -> c.getSubjectX500Principal().getName().contains("Belgium Root CA4")).findFirst().orElseThrow();
        assertRefused(NOT_TRUSTED, () -> rootsOnly(uri -> Optional.of(rootCa4)).validateCertificate(RealEidCertificateTest.REAL));
        assertRefused(NOT_TRUSTED, () -> rootsOnly(uri -> Optional.empty()).validateCertificate(RealEidCertificateTest.REAL));
    }

    /** Certificates over HTTP GET on 127.0.0.1 (random port), path by path; counts requests. */
    static final class CertServer implements AutoCloseable {

        private final HttpServer server;
        private final ExecutorService executor = Executors.newCachedThreadPool();
        private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
        private final Map<String, URI> redirects = new ConcurrentHashMap<>();
        private final List<String> paths = new CopyOnWriteArrayList<>();
        private final CountDownLatch released = new CountDownLatch(1);
        private volatile boolean holdAnswers;

        CertServer() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.setExecutor(executor);
            server.createContext("/", this::handle);
            server.start();
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                paths.add(path);
                if (holdAnswers) {
                    released.await(30, TimeUnit.SECONDS);
                }
                URI location = redirects.get(path);
                if (location != null) {
                    exchange.getResponseHeaders().set("Location", location.toString());
                    exchange.sendResponseHeaders(302, -1);
                    return;
                }
                byte[] body = bodies.get(path);
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", "application/pkix-cert");
                exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void serve(String path, byte[] body) {
            bodies.put(path, body);
        }

        void redirect(String path, URI location) {
            redirects.put(path, location);
        }

        void holdAnswers() {
            holdAnswers = true;
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        }

        int requests() {
            return paths.size();
        }

        List<String> paths() {
            return List.copyOf(paths);
        }

        @Override
        public void close() {
            released.countDown();
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
