package be.digitalkeys.eid.webeid;

import java.security.cert.X509Certificate;

import org.jboss.logging.Logger;

import be.digitalkeys.eid.niss.Niss;
import be.digitalkeys.eid.ocsp.OcspClient;
import be.digitalkeys.eid.ocsp.OcspSettings;
import be.digitalkeys.eid.ocsp.OcspStatus;
import be.digitalkeys.eid.ocsp.OcspUnavailableException;

/**
 * Step 9: OCSP. REVOKED and UNKNOWN always refuse the token; no trustworthy answer refuses it
 * too unless the settings are fail-open (then a warning is logged).
 */
final class RevocationCheck {

    private static final Logger LOG = Logger.getLogger(RevocationCheck.class);

    private final OcspSettings settings;
    private final OcspClient client;

    RevocationCheck(OcspSettings settings, OcspClient client) {
        this.settings = settings;
        this.client = client;
    }

    void check(X509Certificate certificate, X509Certificate issuer, Niss holder)
            throws CertificateRevokedException, RevocationUnknownException, RevocationUnavailableException {
        if (!settings.enabled()) {
            return;
        }
        OcspStatus status;
        try {
            status = client.check(certificate, issuer);
        } catch (OcspUnavailableException e) {
            if (settings.failOpen()) {
                LOG.warnf("eID OCSP check for %s failed, accepted because OCSP is fail-open: %s",
                        holder.masked(), e.getMessage());
                return;
            }
            throw new RevocationUnavailableException("No trustworthy OCSP answer: " + e.getMessage(), e);
        }
        switch (status) {
            case GOOD:
                return;
            case REVOKED:
                throw new CertificateRevokedException("The certificate is revoked");
            default:
                throw new RevocationUnknownException("The OCSP responder does not know the certificate");
        }
    }
}
