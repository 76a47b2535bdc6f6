package be.digitalkeys.organisation.manage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.ws.rs.core.MultivaluedMap;

import be.digitalkeys.organisation.kbo.EstablishmentNumber;
import be.digitalkeys.organisation.kbo.InvalidEnterpriseNumberException;
import be.digitalkeys.organisation.service.Caller;
import be.digitalkeys.organisation.service.InvalidRequestException;
import be.digitalkeys.organisation.service.NotFoundInRealmException;
import be.digitalkeys.organisation.service.OrganisationService;
import be.digitalkeys.organisation.service.OrganisationServiceException;
import be.digitalkeys.organisation.service.People;
import be.digitalkeys.organisation.service.Views;
import be.digitalkeys.organisation.store.ContextKind;

/**
 * The forms of the management page, each one call of {@link OrganisationService} (which holds
 * every rule): the typed fields to its arguments, the outcome to a success message key.
 */
final class ManageActions {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final OrganisationService service;
    private final Caller caller;
    private final String orgId;
    private String found;

    ManageActions(OrganisationService service, Caller caller, String orgId) {
        this.service = service;
        this.caller = caller;
        this.orgId = orgId;
    }

    /** The user id the "find" form found (not yet one of the organisation's people), or null. */
    String found() {
        return found;
    }

    /** Does the form's action; the answer is the message key to show. */
    String run(String action, MultivaluedMap<String, String> form) throws OrganisationServiceException {
        switch (action) {
            case "find" -> {
                Views.PersonLink link = service.findOrPreRegister(caller, orgId, new People.NewPerson(text(form, "findNiss", 32),
                        text(form, "findFirstName", People.MAX_NAME_LENGTH + 1), text(form, "findLastName", People.MAX_NAME_LENGTH + 1),
                        null));
                found = link.person().userId();
                return link.created() ? "dkOrgManageDonePreRegistered" : "dkOrgManageDoneFound";
            }
            case "grant" -> {
                service.grant(caller, orgId, text(form, "grantUser", 64), text(form, "grantContext", 36),
                        text(form, "grantRight", 255), until(text(form, "grantUntil", 10)));
                return "dkOrgManageDoneGranted";
            }
            case "revoke" -> {
                service.revoke(caller, orgId, text(form, "revokeUser", 64), text(form, "revokeGrant", 64));
                return "dkOrgManageDoneRevoked";
            }
            case "copy" -> {
                service.copyRights(caller, orgId, text(form, "copyTo", 64), text(form, "copyFrom", 64));
                return "dkOrgManageDoneCopied";
            }
            case "appointMain" -> {
                service.appointMainManager(caller, orgId, text(form, "mainUser", 64));
                return "dkOrgManageDoneAppointed";
            }
            case "removeMain" -> {
                notAppointed(service.removeMainManager(caller, orgId, text(form, "removeUser", 64)));
                return "dkOrgManageDoneRemoved";
            }
            case "appointAdmin" -> {
                service.appointLocalAdministrator(caller, orgId, text(form, "adminContext", 36), text(form, "adminUser", 64));
                return "dkOrgManageDoneAppointed";
            }
            case "removeAdmin" -> {
                notAppointed(service.removeLocalAdministrator(caller, orgId, text(form, "removeContext", 36),
                        text(form, "removeUser", 64)));
                return "dkOrgManageDoneRemoved";
            }
            case "context" -> {
                createContext(form);
                return "dkOrgManageDoneContext";
            }
            default -> throw new InvalidRequestException("UNKNOWN_ACTION", "No such form");
        }
    }

    private void createContext(MultivaluedMap<String, String> form) throws OrganisationServiceException {
        ContextKind kind;
        try {
            kind = ContextKind.valueOf(text(form, "ctxKind", 20).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("INVALID_CONTEXT_KIND", "kind is ESTABLISHMENT, UNIT or ACCOUNT");
        }
        String code = text(form, "ctxCode", 64).strip();
        String name = text(form, "ctxName", 256).strip();
        if (kind == ContextKind.ORGANISATION) {
            throw new InvalidRequestException("INVALID_CONTEXT_KIND", "kind is ESTABLISHMENT, UNIT or ACCOUNT");
        }
        if (name.isEmpty()) {
            throw new InvalidRequestException("MISSING_FIELD", "name is required");
        }
        if (name.length() > 255) {
            throw new InvalidRequestException("FIELD_TOO_LONG", "name is too long");
        }
        if (kind == ContextKind.ESTABLISHMENT) {
            try {
                code = EstablishmentNumber.parse(code).digits();
            } catch (InvalidEnterpriseNumberException e) {
                throw new InvalidRequestException("INVALID_ESTABLISHMENT_NUMBER", e.getMessage());
            }
        } else if (code.isEmpty()) {
            throw new InvalidRequestException("MISSING_FIELD", "code is required");
        }
        service.createContext(caller, orgId, text(form, "ctxParent", 36), kind, code, name);
    }

    private static void notAppointed(boolean removed) throws NotFoundInRealmException {
        if (!removed) {
            throw new NotFoundInRealmException("NOT_APPOINTED", "No such appointment");
        }
    }

    /** A date typed in the form (yyyy-mm-dd): valid until the end of that day in Brussels; empty: no end. */
    static Long until(String date) throws InvalidRequestException {
        if (date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip()).plusDays(1).atStartOfDay(BRUSSELS).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("INVALID_VALID_UNTIL", "Not a date");
        }
    }

    /** A form field, "" when absent; longer than {@code max}: cut (the service refuses what is then invalid). */
    static String text(MultivaluedMap<String, String> form, String name, int max) {
        String value = form.getFirst(name);
        if (value == null) {
            return "";
        }
        return value.length() > max ? value.substring(0, max) : value;
    }
}
