package be.digitalkeys.organisation.login;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import be.digitalkeys.organisation.RightsCatalogue;
import be.digitalkeys.organisation.kbo.EnterpriseNumber;
import be.digitalkeys.organisation.kbo.InvalidEnterpriseNumberException;
import be.digitalkeys.organisation.store.Grant;
import be.digitalkeys.organisation.store.OrgContext;
import be.digitalkeys.organisation.store.OrganisationStore;
import be.digitalkeys.organisation.store.UnknownContextException;

/**
 * The contexts a user may log into one client with, read from the store now (grants expired or
 * revoked a second ago are gone), with the organisation's name and enterprise number from Keycloak
 * Organizations. The rules are in {@link ContextRights}.
 */
final class ContextChoices {

    private final KeycloakSession session;
    private final OrganisationStore store;
    private final Map<String, String> clientRights;
    private final Map<String, List<OrgContext>> chains = new HashMap<>();
    private final ContextRights rights;

    private ContextChoices(KeycloakSession session, RealmModel realm, ClientModel client, UserModel user) {
        this.session = session;
        this.store = OrganisationStore.of(session);
        this.clientRights = client.getRolesStream().filter(RightsCatalogue::isRight)
                .collect(Collectors.toMap(RoleModel::getId, RoleModel::getName));
        List<Grant> grants = clientRights.isEmpty()
                ? List.of() : store.grants().ofUserInRealm(realm.getId(), user.getId());
        this.rights = new ContextRights(grants, clientRights.keySet(),
                id -> chain(id).stream().map(OrgContext::id).toList());
    }

    static ContextChoices of(KeycloakSession session, RealmModel realm, ClientModel client, UserModel user) {
        return new ContextChoices(session, realm, client, user);
    }

    /** The contexts to offer, by organisation name, then the organisation itself first, then by context name. */
    List<ContextChoice> offered() {
        return rights.offeredContextIds().stream().map(this::resolve).flatMap(Optional::stream)
                .sorted(Comparator.comparing((ContextChoice c) -> c.organisationName().toLowerCase())
                        .thenComparing(c -> c.kind().ordinal())
                        .thenComparing(c -> c.contextName() == null ? "" : c.contextName().toLowerCase()))
                .toList();
    }

    /** The context with the client's rights the user has there now (possibly none); empty when the context is gone. */
    Optional<ContextChoice> resolve(String contextId) {
        List<OrgContext> chain = chain(contextId);
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        OrgContext context = chain.get(chain.size() - 1);
        OrganizationModel organisation = organisation(context.organizationId());
        String organisationName = organisation == null ? chain.get(0).name() : organisation.getName();
        List<String> names = rights.rightIdsIn(contextId).stream().map(clientRights::get).sorted().toList();
        return Optional.of(new ContextChoice(context.id(), context.organizationId(), organisationName, kbo(organisation),
                context.kind(), context.name(), context.code(), names));
    }

    private List<OrgContext> chain(String contextId) {
        return chains.computeIfAbsent(contextId, id -> {
            try {
                return store.contexts().ancestors(id);
            } catch (UnknownContextException e) {
                return List.of();
            }
        });
    }

    private OrganizationModel organisation(String organizationId) {
        OrganizationProvider organisations = session.getProvider(OrganizationProvider.class);
        return organisations == null || !organisations.isEnabled() ? null : organisations.getById(organizationId);
    }

    private static String kbo(OrganizationModel organisation) {
        if (organisation == null || organisation.getAttributes() == null) {
            return "";
        }
        List<String> values = organisation.getAttributes().get(EnterpriseNumber.ORGANIZATION_ATTRIBUTE);
        if (values == null || values.isEmpty() || values.get(0) == null) {
            return "";
        }
        try {
            return EnterpriseNumber.parse(values.get(0)).formatted();
        } catch (InvalidEnterpriseNumberException e) {
            return values.get(0);
        }
    }
}
