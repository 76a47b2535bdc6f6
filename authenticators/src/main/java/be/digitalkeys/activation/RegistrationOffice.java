package be.digitalkeys.activation;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.LoginActionsService;

/**
 * What the officer's "create activation" does: the person (new, or found by e-mail with every
 * key and binding deactivated, see {@link AddressKeys}), a pending activation holding the paper code's hash,
 * the required action, and the e-mail "activation of your digital keys" with its link.
 */
final class RegistrationOffice {

    static final String OFFICER_ROLE = "dk-registration-officer";
    static final String VALIDITY_DAYS_ATTRIBUTE = "dk.activation.validityDays";
    static final int DEFAULT_VALIDITY_DAYS = 30;
    static final String CLIENT_ID = "account-console";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The printed code and whether keys of that address were deactivated. */
    record Issued(PaperActivationCode code, boolean keysDeactivated, String userId) {
    }

    private RegistrationOffice() {
    }

    static Issued issue(KeycloakSession session, RealmModel realm, UserModel officer, String firstName, String lastName,
            String email, String locale) throws EmailException {
        UserModel person = session.users().getUserByEmail(realm, email);
        boolean deactivated = false;
        if (person == null) {
            person = session.users().addUser(realm, email);
            person.setEmail(email);
            person.setEnabled(true);
        } else {
            deactivated = AddressKeys.deactivate(session, realm, person);
        }
        person.setFirstName(firstName);
        person.setLastName(lastName);
        person.setEmailVerified(true);
        person.setSingleAttribute(UserModel.LOCALE, locale);
        person.setSingleAttribute(ActivateKeysRequiredAction.DEACTIVATED_ATTRIBUTE, String.valueOf(deactivated));

        int days = validityDays(realm);
        PaperActivationCode code = PaperActivationCode.generate(RANDOM);
        person.credentialManager().createCredentialThroughProvider(
                ActivationCodeCredentialModel.create(code, Time.currentTimeMillis() + days * 86_400_000L, officer.getUsername()));
        person.addRequiredAction(ActivateKeysRequiredActionFactory.PROVIDER_ID);

        ExecuteActionsActionToken token = new ExecuteActionsActionToken(person.getId(), person.getEmail(),
                Time.currentTime() + days * 86_400, List.of(ActivateKeysRequiredActionFactory.PROVIDER_ID),
                session.getContext().getUri().getBaseUri() + "realms/" + realm.getName() + "/account/", CLIENT_ID);
        String link = LoginActionsService.actionTokenProcessor(session.getContext().getUri())
                .queryParam("key", token.serialize(session, realm, session.getContext().getUri()))
                .queryParam("client_id", CLIENT_ID)
                .build(realm.getName()).toString();
        session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(person)
                .send("dkActivationSubject", List.of(), "dk-activation.ftl", new java.util.HashMap<>(
                        Map.of("link", link, "days", days, "realmDisplayName",
                                realm.getDisplayName() == null ? realm.getName() : realm.getDisplayName())));
        new EventBuilder(realm, session).event(EventType.CUSTOM_REQUIRED_ACTION).user(person)
                .detail("dk_activation", "issued").detail("dk_officer", officer.getId())
                .detail("dk_keys_deactivated", String.valueOf(deactivated)).success();
        return new Issued(code, deactivated, person.getId());
    }

    static int validityDays(RealmModel realm) {
        return be.digitalkeys.common.Values.bounded(realm.getAttribute(VALIDITY_DAYS_ATTRIBUTE), DEFAULT_VALIDITY_DAYS, 1, 365);
    }
}
