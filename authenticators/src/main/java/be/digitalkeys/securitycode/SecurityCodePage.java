package be.digitalkeys.securitycode;

import be.digitalkeys.securitycode.credential.SecurityCodeKeyCredentialModel;
import jakarta.ws.rs.core.Response;
import org.keycloak.forms.login.LoginFormsProvider;

/** dk-security-code.ftl: where the code went (masked), the code field and "send it again". */
final class SecurityCodePage {

    private SecurityCodePage() {
    }

    static Response render(LoginFormsProvider form, SecurityCodeConfig config, SecurityCodeKeyCredentialModel key,
            String maskedAddress, boolean codeField) {
        CodeFormat format = config.format();
        return form
                .setAttribute("dkChannel", config.channel().id())
                .setAttribute("dkAddress", maskedAddress)
                .setAttribute("dkHasKey", key != null)
                .setAttribute("dkCodeField", codeField)
                .setAttribute("dkCodeLength", format.length())
                .setAttribute("dkCodeNumeric", format.numeric())
                .setAttribute("dkValidityMinutes", config.validitySeconds() / 60)
                .createForm(SecurityCodeAuthenticator.TEMPLATE);
    }
}
