package be.digitalkeys.eid.webeid;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Follows a certificate's CA address only to the given hosts: the address comes from a
 * certificate nobody has verified yet, so anything else would let a forged card make the server
 * call any host it can reach.
 */
public final class AllowedHostsFetcher implements IntermediateFetcher {

    private final Set<String> hosts;
    private final IntermediateFetcher fetcher;

    /** @param hosts lower-case host names */
    public AllowedHostsFetcher(Set<String> hosts, IntermediateFetcher fetcher) {
        this.hosts = Set.copyOf(hosts);
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    @Override
    public Optional<X509Certificate> fetch(URI caIssuers) {
        String host = caIssuers.getHost();
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return fetcher.fetch(caIssuers);
    }
}
