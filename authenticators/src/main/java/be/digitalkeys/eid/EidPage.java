package be.digitalkeys.eid;

import java.util.Locale;

import be.digitalkeys.devkit.DevelopmentKits;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;

/** The eID login page: a fresh nonce each time it is shown, and what an installed development kit adds to it. */
final class EidPage {

    static final String TEMPLATE = "dk-eid.ftl";
    static final String FIELD_TOKEN = "webEidToken";

    private EidPage() {
    }

    static Response show(AuthenticationFlowContext context, String error) {
        String nonce = EidNonces.issue(context.getAuthenticationSession());
        Locale locale = context.getSession().getContext().resolveLocale(context.getUser());
        LoginFormsProvider form = context.form()
                .setAttribute("dkEidNonce", nonce)
                .setAttribute("dkEidLang", locale == null ? "en" : locale.getLanguage());
        DevelopmentKits.addToPage(context.getSession(), context.getRealm(), TEMPLATE, form);
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }

}
