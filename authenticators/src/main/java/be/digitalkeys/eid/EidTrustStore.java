package be.digitalkeys.eid;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import be.digitalkeys.eid.dev.BelgianTrustStore;
import be.digitalkeys.eid.dev.TestEidPki;
import org.jboss.logging.Logger;

/**
 * The certificates a realm trusts for eID logins: the shipped Belgian ones unless turned off,
 * minus those the operator removed by fingerprint, plus the operator's own PEM certificates,
 * plus the TEST CA where the software eID is on.
 */
final class EidTrustStore {

    private static final Logger LOG = Logger.getLogger(EidTrustStore.class);

    private EidTrustStore() {
    }

    static List<X509Certificate> of(EidConfig config, boolean softwareEid) {
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
        if (softwareEid) {
            trusted.add(EidOcspTransport.TestEidPkiHolder.PKI.rootCa());
            trusted.add(EidOcspTransport.TestEidPkiHolder.PKI.citizenCa());
        }
        return trusted;
    }

    /** Certificate policies accepted besides the Belgian eID authentication ones: the TEST PKI's where the software eID is on. */
    static Set<String> extraPolicies(boolean softwareEid) {
        return softwareEid ? Set.of(TestEidPki.TEST_POLICY) : Set.of();
    }
}
