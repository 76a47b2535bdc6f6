package be.digitalkeys.organisation.login;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.digitalkeys.organisation.store.ContextKind;

/**
 * One (organisation, context) a user may log into a client with, and the client's rights it gives
 * ({@code rights}: role names, sorted; empty when the context lost them all).
 *
 * @param kbo the organisation's enterprise number formatted {@code 0123.456.789}, or empty
 */
public record ContextChoice(String contextId, String organizationId, String organisationName, String kbo,
                            ContextKind kind, String contextName, String contextCode, List<String> rights) {

    public ContextChoice {
        rights = List.copyOf(rights);
    }

    /** What the template reads (FreeMarker sees plain map entries). */
    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", contextId);
        view.put("organisation", organisationName);
        view.put("kbo", kbo);
        view.put("kind", kind.name());
        view.put("name", contextName);
        view.put("root", kind == ContextKind.ORGANISATION);
        view.put("rights", rights);
        return view;
    }

    /** The token claim: organisation, context and rights (see {@link OrganisationContextMapper}). */
    Map<String, Object> claim() {
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("id", organizationId);
        organisation.put("name", organisationName);
        organisation.put("kbo", kbo.isEmpty() ? null : kbo);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("id", contextId);
        context.put("kind", kind.name());
        context.put("name", contextName);
        context.put("code", contextCode);
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("organisation", organisation);
        claim.put("context", context);
        claim.put("rights", rights);
        return claim;
    }
}
