package be.digitalkeys.eid;

import java.net.URI;
import java.util.Locale;

import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;

/** The eID login page: a fresh nonce each time it is shown, the software eID where the realm has it. */
final class EidPage {

    static final String TEMPLATE = "dk-eid.ftl";
    static final String FIELD_TOKEN = "webEidToken";

    private EidPage() {
    }

    static Response show(AuthenticationFlowContext context, String error) {
        String nonce = EidNonces.issue(context.getAuthenticationSession());
        boolean software = SoftwareEid.enabled(context.getRealm());
        Locale locale = context.getSession().getContext().resolveLocale(context.getUser());
        LoginFormsProvider form = context.form()
                .setAttribute("dkEidNonce", nonce)
                .setAttribute("dkEidSoftwareEnabled", software)
                .setAttribute("dkEidSoftwareCardsUrl", software ? cardsUrl(context) : "")
                .setAttribute("dkEidLang", locale == null ? "en" : locale.getLanguage());
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }

    private static String cardsUrl(AuthenticationFlowContext context) {
        URI base = context.getSession().getContext().getUri().getBaseUri();
        return base.toString().replaceAll("/$", "") + "/realms/" + context.getRealm().getName() + "/"
                + EidResourceProviderFactory.PROVIDER_ID + "/software-eid/cards";
    }
}
