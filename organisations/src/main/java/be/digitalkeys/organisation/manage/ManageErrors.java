package be.digitalkeys.organisation.manage;

import java.util.Map;
import java.util.Set;

import org.keycloak.models.utils.FormMessage;

import be.digitalkeys.organisation.service.OrganisationServiceException;

/**
 * A refusal or failure of the {@link be.digitalkeys.organisation.service.OrganisationService} as
 * the page shows it: message {@code dkOrgManageError_<REASON>} (four languages), tied to the form
 * field it is about when there is one, else shown at the top of the page.
 */
final class ManageErrors {

    /** Reasons with a message of their own; any other one shows {@code dkOrgManageError_OTHER}. */
    static final Set<String> KNOWN = Set.of("OTHER_ORGANISATION", "NOT_A_MANAGER", "INSUFFICIENT_ROLE",
            "OUTSIDE_ADMINISTERED_CONTEXTS", "SELF_GRANT_BEYOND_OWN_RIGHTS", "VIEW_ONLY", "INVALID_NISS", "DUPLICATE_NISS",
            "NOT_LINKED", "INVALID_VALID_UNTIL", "UNKNOWN_RIGHT", "UNKNOWN_CONTEXT", "UNKNOWN_PERSON", "UNKNOWN_ORGANISATION",
            "UNKNOWN_GRANT", "CONTEXT_EXISTS", "INVALID_CONTEXT_KIND", "INVALID_ESTABLISHMENT_NUMBER", "NOT_APPOINTED",
            "FIELD_TOO_LONG", "MISSING_FIELD", "CSRF");

    /** Per form action: which reason belongs to which field. */
    private static final Map<String, Map<String, String>> FIELDS = Map.of(
            "find", Map.of("INVALID_NISS", "findNiss", "DUPLICATE_NISS", "findNiss", "FIELD_TOO_LONG", "findLastName"),
            "grant", Map.of("UNKNOWN_PERSON", "grantUser", "UNKNOWN_RIGHT", "grantRight", "UNKNOWN_CONTEXT", "grantContext",
                    "INVALID_VALID_UNTIL", "grantUntil"),
            "copy", Map.of("UNKNOWN_PERSON", "copyFrom"),
            "appointMain", Map.of("UNKNOWN_PERSON", "mainUser"),
            "appointAdmin", Map.of("UNKNOWN_PERSON", "adminUser", "UNKNOWN_CONTEXT", "adminContext"),
            "context", Map.of("UNKNOWN_CONTEXT", "ctxParent", "INVALID_CONTEXT_KIND", "ctxKind", "CONTEXT_EXISTS", "ctxCode",
                    "INVALID_ESTABLISHMENT_NUMBER", "ctxCode", "MISSING_FIELD", "ctxName", "FIELD_TOO_LONG", "ctxName"));

    private ManageErrors() {
    }

    static String key(String reason) {
        return "dkOrgManageError_" + (KNOWN.contains(reason) ? reason : "OTHER");
    }

    /** The message for the page: field-level when the reason is about one field of that form. */
    static FormMessage of(String action, OrganisationServiceException e) {
        String field = FIELDS.getOrDefault(action, Map.of()).get(e.reason());
        return new FormMessage(field, key(e.reason()));
    }
}
