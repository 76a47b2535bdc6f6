package be.digitalkeys.eid;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import be.digitalkeys.eid.truststore.BelgianTrustStore;
import org.jboss.logging.Logger;

/**
 * The certificates a realm trusts for eID logins: the shipped Belgian ones unless turned off,
 * minus those the operator removed by fingerprint, plus the operator's own PEM certificates,
 * plus the anchors an installed development kit adds for a realm that opted in to it (none in
 * production: see {@link be.digitalkeys.devkit.DevelopmentKits}).
 */
final class EidTrustStore {

    private static final Logger LOG = Logger.getLogger(EidTrustStore.class);

    private EidTrustStore() {
    }

    static List<X509Certificate> of(EidConfig config, List<X509Certificate> developmentKitAnchors) {
        List<X509Certificate> trusted = new ArrayList<>();
        Set<String> removed = config.removedFingerprints();
        if (config.trustShipped()) {
            BelgianTrustStore.defaults().stream()
                    .filter(c -> !removed.contains(BelgianTrustStore.sha256Fingerprint(c)))
                    .forEach(trusted::add);
        }
        String extra = config.extraCertificates();
        if (!extra.isBlank()) {
            try {
                BelgianTrustStore.parsePem(extra).stream()
                        .filter(c -> !removed.contains(BelgianTrustStore.sha256Fingerprint(c)))
                        .forEach(trusted::add);
            } catch (CertificateException e) {
                LOG.warnf("The additional trusted certificates of an eID configuration cannot be read (%s); they are ignored", e.getMessage());
            }
        }
        trusted.addAll(developmentKitAnchors);
        return trusted;
    }

}
