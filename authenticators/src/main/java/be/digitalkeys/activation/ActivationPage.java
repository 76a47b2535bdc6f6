package be.digitalkeys.activation;

import be.digitalkeys.securitycode.SecurityCodeConfig;
import be.digitalkeys.securitycode.credential.SecurityCodeKeyCredentialModel.Channel;
import be.digitalkeys.sms.PhoneNumbers;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.utils.TotpUtils;

/** dk-activate-keys.ftl, one template for the four steps. */
final class ActivationPage {

    static final String TEMPLATE = "dk-activate-keys.ftl";

    private final RequiredActionContext context;
    private final ActivationStep step;
    private final LoginFormsProvider form;

    private ActivationPage(RequiredActionContext context, ActivationStep step) {
        this.context = context;
        this.step = step;
        this.form = context.form();
    }

    static ActivationPage of(RequiredActionContext context, ActivationStep step) {
        return new ActivationPage(context, step);
    }

    ActivationPage error(String field, String message, Object... params) {
        if (field == null) {
            form.setError(message, params);
        } else {
            form.addError(new FormMessage(field, message, params));
        }
        return this;
    }

    ActivationPage error(FormMessage message) {
        form.addError(message);
        return this;
    }

    ActivationPage info(String message) {
        form.setInfo(message);
        return this;
    }

    Response render() {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String channel = authSession.getAuthNote(ActivateKeysRequiredAction.NOTE_CHANNEL);
        form.setAttribute("dkActivationStep", step.name())
                .setAttribute("dkActivationProgress", step.progress())
                .setAttribute("dkKeysDeactivated", "true".equals(context.getUser().getFirstAttribute(ActivateKeysRequiredAction.DEACTIVATED_ATTRIBUTE)))
                .setAttribute("dkChannel", channel == null ? "" : channel)
                .setAttribute("dkUsername", context.getUser().getUsername());
        if (step == ActivationStep.CONFIRM) {
            if ("app".equals(channel)) {
                String secret = authSession.getAuthNote(ActivateKeysRequiredAction.NOTE_SECRET);
                form.setAttribute("dkTotpSecretGrouped", TotpUtils.encode(secret))
                        .setAttribute("dkTotpQrCode", TotpUtils.qrCode(context.getSession(), secret, context.getRealm(), context.getUser()));
            } else {
                String phone = authSession.getAuthNote(ActivateKeysRequiredAction.NOTE_PHONE);
                form.setAttribute("dkAddress", "sms".equals(channel) && phone != null ? PhoneNumbers.mask(phone) : maskedEmail());
                form.setAttribute("dkCodeLength", SecurityCodeConfig.forChannel(context.getRealm(),
                        "sms".equals(channel) ? Channel.SMS : Channel.EMAIL).format().length());
            }
        }
        return form.createForm(TEMPLATE);
    }

    private String maskedEmail() {
        return be.digitalkeys.common.Values.maskedEmail(context.getUser().getEmail());
    }
}
