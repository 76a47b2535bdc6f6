package be.digitalkeys.eid.webeid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AllowedHostsFetcherTest {

    private final List<URI> asked = new ArrayList<>();
    private final AllowedHostsFetcher fetcher = new AllowedHostsFetcher(Set.of("certs.eid.belgium.be"), uri -> {
        asked.add(uri);
        return Optional.empty();
    });

    @Test
    void belgianHost_isAsked_inAnyCase() {
        fetcher.fetch(URI.create("http://CERTS.eid.belgium.be/citizen201709.crt"));
        assertEquals(List.of(URI.create("http://CERTS.eid.belgium.be/citizen201709.crt")), asked);
    }

    @Test
    void otherHosts_lookAlikes_andAddressesWithoutHost_areNeverAsked() {
        for (String address : List.of("http://169.254.169.254/latest/meta-data", "http://127.0.0.1:8080/admin",
                "http://certs.eid.belgium.be.attacker.example/ca.crt", "http://attacker.example/certs.eid.belgium.be",
                "file:///etc/passwd", "http:///ca.crt")) {
            assertTrue(fetcher.fetch(URI.create(address)).isEmpty(), address);
        }
        assertTrue(asked.isEmpty(), asked.toString());
    }
}
