package be.digitalkeys.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.digitalkeys.sms.PhoneNumbers;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.FormMessage;

/** The method's pages: the phone number (with the country picker) and the page waiting for the app. */
final class AppPages {

    static final String PHONE_TEMPLATE = "dk-app-phone.ftl";
    static final String WAIT_TEMPLATE = "dk-app-wait.ftl";
    static final String FIELD_PHONE = "phone";
    static final String FIELD_COUNTRY = "country";
    static final String FIELD_ACTION = "action";

    private AppPages() {
    }

    static Response phone(AuthenticationFlowContext context, String region, String typed, String fieldError, String message) {
        LoginFormsProvider form = phoneFields(context.form(), context.getSession(), region, typed)
                // Reached from the digital key chooser: offer "choose another digital key".
                .setAttribute("dkFromChooser", context.getAuthenticationSession()
                        .getAuthNote(be.digitalkeys.chooser.KeyChooserAuthenticator.CHOSEN_KEY_NOTE) != null);
        if (fieldError != null) {
            form.addError(new FormMessage(FIELD_PHONE, fieldError));
        } else if (message != null) {
            form.setError(message);
        }
        return form.createForm(PHONE_TEMPLATE);
    }

    /** The country picker (most selected first, then A-Z in the page's language) and the typed number. */
    static LoginFormsProvider phoneFields(LoginFormsProvider form, KeycloakSession session, String region, String typed) {
        Locale locale = session.getContext().resolveLocale(null);
        List<Map<String, Object>> countries = new ArrayList<>();
        PhoneNumbers.MOST_SELECTED.forEach(r -> countries.add(country(PhoneNumbers.country(r, locale), true)));
        PhoneNumbers.countries(locale).forEach(c -> countries.add(country(c, false)));
        return form.setAttribute("dkAppCountries", countries)
                .setAttribute("dkAppCountry", PhoneNumbers.region(region))
                .setAttribute("dkAppPhone", typed == null ? "" : typed);
    }

    private static Map<String, Object> country(PhoneNumbers.Country country, boolean top) {
        return Map.of("region", country.region(), "code", country.code(), "name", country.name(), "top", top);
    }

    static Response waiting(AuthenticationFlowContext context, AppConfig config, AppRequest request, String watch, String phone,
            String info) {
        LoginFormsProvider form = watchAttributes(context.form(), context.getSession(), context.getRealm(), config, watch)
                .setAttribute("dkAppExpiresIn", AppResource.secondsLeft(request.expiresAt()))
                .setAttribute("dkAppService", request.service());
        if (request.showsIcon()) {
            form.setAttribute("dkAppIcon", request.icon());
        }
        if (phone != null) {
            form.setAttribute("dkAppPhoneMasked", PhoneNumbers.mask(phone));
        }
        if (info != null) {
            form.setInfo(info);
        }
        return form.createForm(WAIT_TEMPLATE);
    }

    /** What dk-app-wait.js needs to follow a watch handle: its SSE and JSON addresses, transport and polling interval. */
    static LoginFormsProvider watchAttributes(LoginFormsProvider form, KeycloakSession session, RealmModel realm, AppConfig config,
            String watch) {
        String base = session.getContext().getUri().getBaseUri().getPath().replaceAll("/$", "")
                + "/realms/" + realm.getName() + "/" + AppResourceProviderFactory.PROVIDER_ID + "/watch/" + watch;
        return form.setAttribute("dkAppWatchUrl", base + "/events")
                .setAttribute("dkAppStatusUrl", base)
                .setAttribute("dkAppTransport", config.transport())
                .setAttribute("dkAppPollMs", config.pollMillis());
    }
}
