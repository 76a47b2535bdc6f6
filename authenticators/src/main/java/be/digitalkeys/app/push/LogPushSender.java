package be.digitalkeys.app.push;

import org.jboss.logging.Logger;

/**
 * Development sender: one log line with the opaque ids. The phone simulator and the reference
 * client do not need it: they ask for their pending request themselves.
 */
final class LogPushSender implements PushSender {

    private static final Logger LOG = Logger.getLogger(LogPushSender.class);

    @Override
    public void send(PushMessage message, PushSettings settings) {
        LOG.infof("Push (development log sender): realm %s, device %s, request %s", message.realm(), message.device(), message.request());
    }
}
