package be.digitalkeys.it.benchmark;

import java.util.List;

import be.digitalkeys.it.support.Mailbox;
import be.digitalkeys.it.support.SmsGatewayStub;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;

/** Where the driver reads codes, without blocking Gatling's threads: "" until the code has arrived. */
final class BenchMailbox {

    private BenchMailbox() {
    }

    /** The code of the newest e-mail to this address, emptying the inbox; "" when none arrived yet. */
    static String emailCode(GreenMail mail, String address) {
        try {
            GreenMailUser user = mail.getUserManager().getUserByEmail(address);
            if (user == null) {
                return "";
            }
            MailFolder inbox = mail.getManagers().getImapHostManager().getInbox(user);
            List<StoredMessage> messages = inbox.getMessages();
            if (messages.isEmpty()) {
                return "";
            }
            String code = Mailbox.securityCode(messages.get(messages.size() - 1).getMimeMessage());
            inbox.deleteAllMessages();
            return code;
        } catch (Exception e) {
            return "";
        }
    }

    static String smsCode(SmsGatewayStub sms, String phone) {
        SmsGatewayStub.Received latest = sms.takeLatest(phone);
        if (latest == null) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])").matcher(latest.text());
        return m.find() ? m.group(1) : "";
    }
}
