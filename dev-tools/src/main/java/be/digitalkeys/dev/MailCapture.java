package be.digitalkeys.dev;

import java.time.Instant;
import java.util.List;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import jakarta.mail.internet.MimeMessage;

/**
 * Replaces GreenMail's delivery: instead of filing a copy in a mailbox per recipient, every message
 * is decoded once into the {@link RingStore} (bounded, so a long-running mailbox cannot grow without
 * limit). Any recipient is accepted. GreenMail calls {@link #handle} once per envelope recipient, in
 * a row, from its synchronized {@code SmtpManager.send}; the repeats of one message are skipped.
 */
final class MailCapture implements MessageDeliveryHandler {

    private final RingStore<ReceivedMail> store;
    private MovingMessage last;
    private MimeMessage lastMime;

    MailCapture(RingStore<ReceivedMail> store) {
        this.store = store;
    }

    @Override
    public synchronized GreenMailUser handle(MovingMessage message, MailAddress recipient) {
        MimeMessage mime = message.getMessage();
        if (message != last || mime != lastMime) {
            last = message;
            lastMime = mime;
            List<String> envelopeTo = message.getToAddresses().stream().map(MailAddress::getEmail).toList();
            Instant now = Instant.now();
            store.add(id -> MailParser.parse(id, now, mime, envelopeTo));
        }
        return new Sink(recipient.getEmail());
    }

    /** The "user" GreenMail delivers to: it keeps nothing, the store already has the message. */
    private record Sink(String email) implements GreenMailUser {

        @Override
        public String getEmail() {
            return email;
        }

        @Override
        public String getLogin() {
            return email;
        }

        @Override
        public void deliver(MovingMessage msg) {
            // Already stored by MailCapture.handle.
        }

        @Override
        public void deliver(MimeMessage msg) {
            // Already stored by MailCapture.handle.
        }

        @Override
        public void create() {
            // Nothing to create.
        }

        @Override
        public void delete() {
            // Nothing to delete.
        }

        @Override
        public String getPassword() {
            return "";
        }

        @Override
        public void setPassword(String password) {
            // Authentication is disabled.
        }

        @Override
        public void authenticate(String password) {
            // Authentication is disabled: any password is fine.
        }

        @Override
        public String getQualifiedMailboxName() {
            return email;
        }
    }
}
