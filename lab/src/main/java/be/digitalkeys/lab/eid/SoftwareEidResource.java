package be.digitalkeys.lab.eid;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.digitalkeys.eid.KeycloakClock;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /realms/{realm}/dk-lab/software-eid/...} (lab realms only, see
 * {@link be.digitalkeys.lab.LabResource}): the TEST cards the browser-side software eID offers
 * (certificate, TEST private key, PIN digest), and the TEST CA's OCSP responder over HTTP
 * ({@code ocsp}) for tools that want to ask it.
 */
public class SoftwareEidResource {

    static final int MAX_OCSP_REQUEST = 16 * 1024;

    @GET
    @Path("cards")
    @Produces(MediaType.APPLICATION_JSON)
    public Response cards() {
        List<Map<String, Object>> cards = TestOcspTransport.PKI.citizens().stream().map(SoftwareEidResource::card).toList();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(Map.of("cards", cards)).cacheControl(noStore).build();
    }

    private static Map<String, Object> card(TestCitizen citizen) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("id", citizen.id());
        card.put("label", citizen.givenNames() + " " + citizen.surname());
        card.put("niss", citizen.niss());
        card.put("status", citizen.status().name());
        try {
            card.put("certificate", Base64.getEncoder().encodeToString(citizen.certificate().getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("TEST certificate of " + citizen.id() + " cannot be encoded", e);
        }
        card.put("privateKey", Base64.getEncoder().encodeToString(citizen.privateKey().getEncoded()));
        boolean ec = citizen.certificate().getPublicKey() instanceof ECPublicKey;
        card.put("keyType", ec ? "EC" : "RSA");
        if (ec) {
            int bits = ((ECPublicKey) citizen.certificate().getPublicKey()).getParams().getCurve().getField().getFieldSize();
            card.put("curve", "P-" + (bits == 521 ? 521 : bits));
        }
        card.put("signatureAlgorithm", citizen.signatureAlgorithm());
        card.put("pinSha256", sha256(citizen.pin()));
        return card;
    }

    @POST
    @Path("ocsp")
    @Consumes("application/ocsp-request")
    @Produces("application/ocsp-response")
    public Response testOcsp(byte[] request) {
        if (request == null || request.length > MAX_OCSP_REQUEST) {
            return Response.status(413).build();
        }
        return Response.ok(TestOcspTransport.responder(TestOcspTransport.PKI, KeycloakClock.INSTANCE).respond(request)).build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
