package be.digitalkeys.organisation.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.keycloak.common.util.Time;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import be.digitalkeys.organisation.RightsCatalogue;
import be.digitalkeys.organisation.rules.AccessRules;
import be.digitalkeys.organisation.rules.Action;
import be.digitalkeys.organisation.rules.Actor;
import be.digitalkeys.organisation.rules.Decision;
import be.digitalkeys.organisation.rules.Refusal;
import be.digitalkeys.organisation.rules.Role;
import be.digitalkeys.organisation.rules.Target;
import be.digitalkeys.organisation.store.Appointment;
import be.digitalkeys.organisation.store.ContextAlreadyExistsException;
import be.digitalkeys.organisation.store.ContextKind;
import be.digitalkeys.organisation.store.Grant;
import be.digitalkeys.organisation.store.HistoryEntry;
import be.digitalkeys.organisation.store.OrgContext;
import be.digitalkeys.organisation.store.OrganisationStore;
import be.digitalkeys.organisation.store.UnknownContextException;

/**
 * The one place where the organisations' access rules are enforced, for the REST API and the
 * management page alike: resolves the {@link Caller} to an {@link Actor} of the organisation
 * (via the store, plus the registry's legal representatives), asks {@link AccessRules} before
 * every operation (listings included), performs it through the {@link OrganisationStore} and sends
 * an admin event for every change ({@link AdminEvents}). A refusal changes nothing.
 *
 * <p>Someone with no tie to the organisation (not a member of the Keycloak Organization, no
 * appointment, no valid right, not its registry legal representative) is refused with
 * {@link Refusal#OTHER_ORGANISATION} before anything else is looked up, so ids of other
 * organisations' people and contexts reveal nothing.
 *
 * <p>Legal representatives: appointed by a realm administrator ({@link #setLegalRepresentative}),
 * or named by the enterprise registry through the user attribute {@value #LEGAL_REPRESENTATIVE_ATTRIBUTE}
 * (one value per enterprise number, digits; kept up to date by the registry import, not by this API).
 */
public final class OrganisationService {

    /** User attribute: the enterprise numbers (KBO digits) of which the registry names the user legal representative. */
    public static final String LEGAL_REPRESENTATIVE_ATTRIBUTE = "dk-legal-representative-of";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final OrganisationStore store;
    private final AccessRules rules = AccessRules.standard();
    private final Organisations organisations;

    public OrganisationService(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.store = OrganisationStore.of(session);
        this.organisations = new Organisations(session, realm, store);
    }

    /** Organisation lookups (by id, by enterprise number), people and contexts without any rule: for this package and the page. */
    public Organisations organisations() {
        return organisations;
    }

    // ---- reading -------------------------------------------------------------------------------

    /** The organisations of the realm the caller is tied to, with their roles there. */
    public List<Views.Membership> myOrganisations(Caller caller) {
        UserModel user = caller.user();
        if (!caller.auth().getRealm().getId().equals(realm.getId())) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        session.getProvider(OrganizationProvider.class).getByMember(user).forEach(o -> ids.add(o.getId()));
        store.appointments().ofUserInRealm(realm.getId(), user.getId()).forEach(a -> ids.add(a.organizationId()));
        store.grants().ofUserInRealm(realm.getId(), user.getId()).forEach(g -> ids.add(g.organizationId()));
        organisations.registryOrganisations(user).forEach(o -> ids.add(o.getId()));
        List<Views.Membership> result = new ArrayList<>();
        for (String id : ids) {
            OrganizationModel org = session.getProvider(OrganizationProvider.class).getById(id);
            if (org == null) {
                continue;
            }
            Actor actor = actor(caller, org);
            List<String> roles = new ArrayList<>();
            if (actor.isLegalRepresentative()) {
                roles.add(Role.LEGAL_REPRESENTATIVE.name());
            }
            if (actor.isMainAccessManager()) {
                roles.add(Role.MAIN_ACCESS_MANAGER.name());
            }
            if (!actor.administeredContexts().isEmpty()) {
                roles.add(Role.LOCAL_ADMINISTRATOR.name());
            }
            result.add(new Views.Membership(org.getId(), org.getName(), Organisations.kbo(org).orElse(null),
                    organisations.isMember(org, user), roles, List.copyOf(actor.administeredContexts()),
                    store.grants().ofUser(org.getId(), user.getId()).size()));
        }
        return result;
    }

    /**
     * People of the organisation with their valid rights. Organisation-wide viewers (legal
     * representative, main access managers) see every member and everyone with a right or an
     * appointment; local administrators and view-only holders only the people with a right or an
     * appointment in the contexts they may view, and only those rights.
     */
    public List<Views.PersonRights> people(Caller caller, String orgId) throws OrganisationServiceException {
        OrganizationModel org = organisations.require(orgId);
        Actor actor = member(caller, org);
        ContextTree tree = tree(org, caller);
        Decision atRoot = rules.decide(actor, Action.VIEW_PEOPLE, Target.in(tree.path(tree.root().id())));
        Set<String> visible = tree.contextsWhere(c -> rules.decide(actor, Action.VIEW_PEOPLE, Target.in(tree.path(c))).isAllowed());
        if (visible.isEmpty()) {
            throw new RefusedException(atRoot.refusal().orElse(Refusal.NOT_A_MANAGER));
        }
        Set<String> userIds = new LinkedHashSet<>();
        if (atRoot.isAllowed()) {
            organisations.members(org).forEach(u -> userIds.add(u.getId()));
            userIds.addAll(store.people(orgId));
        } else {
            for (String contextId : visible) {
                store.grants().inContext(contextId).forEach(g -> userIds.add(g.userId()));
            }
            store.appointments().ofOrganisation(orgId).stream().filter(a -> visible.contains(a.contextId()))
                    .forEach(a -> userIds.add(a.userId()));
        }
        List<Views.PersonRights> people = new ArrayList<>();
        for (String userId : userIds) {
            UserModel user = session.users().getUserById(realm, userId);
            if (user != null) {
                people.add(rightsView(actor, org, tree, user));
            }
        }
        return people;
    }

    /** One view of all rights and roles of a user in the organisation (only what the caller may see). */
    public Views.PersonRights rights(Caller caller, String orgId, String userId) throws OrganisationServiceException {
        OrganizationModel org = organisations.require(orgId);
        Actor actor = member(caller, org);
        ContextTree tree = tree(org, caller);
        UserModel user = organisations.requirePerson(org, userId);
        boolean self = caller.userId().equals(userId);
        Decision atRoot = rules.decide(actor, Action.VIEW_RIGHTS, Target.in(tree.path(tree.root().id())).user(userId));
        if (!self && tree.contextsWhere(c -> rules.decide(actor, Action.VIEW_RIGHTS,
                Target.in(tree.path(c)).user(userId)).isAllowed()).isEmpty()) {
            throw new RefusedException(atRoot.refusal().orElse(Refusal.NOT_A_MANAGER));
        }
        return rightsView(actor, org, tree, user);
    }

    /** The context tree (root first, then by creation); everyone tied to the organisation may see it. */
    public List<Views.ContextView> contexts(Caller caller, String orgId) throws OrganisationServiceException {
        OrganizationModel org = organisations.require(orgId);
        Actor actor = member(caller, org);
        ContextTree tree = tree(org, caller);
        requireTied(actor, tree);
        return tree.all().stream().map(OrganisationService::contextView).toList();
    }

    /** The organisation's history, newest first: organisation-wide viewers only. */
    public List<Views.HistoryView> history(Caller caller, String orgId, int first, int max) throws OrganisationServiceException {
        OrganizationModel org = organisations.require(orgId);
        Actor actor = member(caller, org);
        ContextTree tree = tree(org, caller);
        check(actor, Action.VIEW_PEOPLE, Target.in(tree.path(tree.root().id())));
        return store.history().ofOrganisation(orgId, Math.max(0, first), Math.max(1, Math.min(max, 500))).stream()
                .map(OrganisationService::historyView).toList();
    }

    // ---- people ------------------------------------------------------------------------------

    /**
     * Finds the person with this national register number for the organisation, pre-registering
     * someone unknown as a placeholder ({@link People}): a disabled user without credentials, e-mail or
     * names, username {@code niss-<random>}, attributes {@code niss} and
     * {@value People#PREREGISTERED_ATTRIBUTE} = true, that becomes an account at the person's first
     * eID login. The person does not join the organisation here: the first right or appointment does
     * it, within {@link People#FOUND_SECONDS} of the finding. The answer carries no username, and names
     * only of people already tied to the organisation (or typed by it for its placeholder). Allowed to
     * whoever may grant rights in some context of the organisation.
     */
    public Views.PersonLink findOrPreRegister(Caller caller, String orgId, People.NewPerson person)
            throws OrganisationServiceException {
        OrganizationModel org = organisations.require(orgId);
        Actor actor = member(caller, org);
        ContextTree tree = tree(org, caller);
        Decision atRoot = rules.decide(actor, Action.GRANT_RIGHT, Target.in(tree.path(tree.root().id())));
        if (tree.contextsWhere(c -> rules.decide(actor, Action.GRANT_RIGHT, Target.in(tree.path(c))).isAllowed()).isEmpty()) {
            throw new RefusedException(atRoot.refusal().orElse(Refusal.NOT_A_MANAGER));
        }
        return people(caller).find(org, person);
    }

    /**
     * Of {@code userIds}, the people the organisation's managers found by national number within
     * {@link People#FOUND_SECONDS} and who are not yet its people, as {@link People#found} shows them:
     * the management page offers them in its grant and appointment lists. Same permission as finding.
     */
    public List<Views.Person> foundPeople(Caller caller, String orgId, List<String> userIds) throws OrganisationServiceException {
        OrganizationModel org = organisations.require(orgId);
        Actor actor = member(caller, org);
        ContextTree tree = tree(org, caller);
        if (tree.contextsWhere(c -> rules.decide(actor, Action.GRANT_RIGHT, Target.in(tree.path(c))).isAllowed()).isEmpty()) {
            return List.of();
        }
        List<Views.Person> found = new ArrayList<>();
        for (String userId : userIds) {
            UserModel user = userId.length() > 64 ? null : session.users().getUserById(realm, userId);
            if (user != null && !organisations.isPerson(org, user) && People.wasFound(session, org, userId)) {
                found.add(People.found(org, user, false));
            }
        }
        return found;
    }

    // ---- rights ------------------------------------------------------------------------------

    /**
     * Grants a right (a catalogue role, by name or id) to a person of the organisation in a context,
     * optionally until {@code validUntilMillis}. Idempotent: granting what is already granted with
     * the same end date returns the same grant and sends no event.
     */
    public Views.RightView grant(Caller caller, String orgId, String userId, String contextId, String right,
                                 Long validUntilMillis) throws OrganisationServiceException {
        OrganizationModel org = organisations.require(orgId);
        Actor actor = member(caller, org);
        ContextTree tree = tree(org, caller);
        OrgContext context = organisations.requireContext(contextId);
        UserModel user = organisations.requireGrantee(org, userId);
        RoleModel role = organisations.requireRight(right);
        if (validUntilMillis != null && validUntilMillis <= Time.currentTimeMillis()) {
            throw new InvalidRequestException("INVALID_VALID_UNTIL", "The end date must be in the future");
        }
        check(actor, Action.GRANT_RIGHT, Target.in(organisations.path(contextId)).user(userId).right(role.getId())
                .until(validUntilMillis));
        Optional<Grant> before = store.grants().ofUser(orgId, userId).stream()
                .filter(g -> g.contextId().equals(contextId) && g.rightRoleId().equals(role.getId())).findFirst();
        Grant grant = grantOrFail(contextId, userId, role.getId(), caller.userId(), validUntilMillis);
        people(caller).joinOnFirstRight(org, user);
        boolean unchanged = before.isPresent() && java.util.Objects.equals(before.get().validUntilMillis(), validUntilMillis);
        if (!unchanged) {
            sendRightEvent(caller, org, before.isPresent() ? OperationType.UPDATE : OperationType.CREATE, grant, user, role, context);
        }
        return rightView(grant, tree);
    }

    /** Revokes one grant of the person (by its id). */
    public Views.RightView revoke(Caller caller, String orgId, String userId, String grantId) throws OrganisationServiceException {
        OrganizationModel org = organisations.require(orgId);
        Actor actor = member(caller, org);
        ContextTree tree = tree(org, caller);
        Grant grant = store.grants().find(grantId).filter(g -> g.realmId().equals(realm.getId()) && g.userId().equals(userId))
                .orElseThrow(() -> new NotFoundInRealmException("UNKNOWN_GRANT", "No such grant of this person"));
        check(actor, Action.REVOKE_RIGHT, Target.in(organisations.path(grant.contextId())).user(userId).right(grant.rightRoleId()));
        UserModel user = organisations.requirePerson(org, userId);
        store.grants().revoke(grant.contextId(), userId, grant.rightRoleId(), caller.userId());
        RoleModel role = session.roles().getRoleById(realm, grant.rightRoleId());
        OrgContext context = organisations.requireContext(grant.contextId());
        sendRightEvent(caller, org, OperationType.DELETE, grant, user, role, context);
        return rightView(grant, tree);
    }

    /**
     * Gives {@code toUserId} the valid rights of the reference user {@code fromUserId} (same contexts,
     * same end dates). Every copied right is checked first (COPY_RIGHTS in its context, self-grant
     * limit included); one refusal and nothing is copied.
     */
    public List<Views.RightView> copyRights(Caller caller, String orgId, String toUserId, String fromUserId)
            throws OrganisationServiceException {
        OrganizationModel org = organisations.require(orgId);
        Actor actor = member(caller, org);
        ContextTree tree = tree(org, caller);
        UserModel to = organisations.requireGrantee(org, toUserId);
        organisations.requirePerson(org, fromUserId);
        List<Grant> source = store.grants().ofUser(orgId, fromUserId);
        for (Grant g : source) {
            check(actor, Action.VIEW_RIGHTS, Target.in(tree.path(g.contextId())).user(fromUserId));
            check(actor, Action.COPY_RIGHTS, Target.in(tree.path(g.contextId())).user(toUserId).right(g.rightRoleId())
                    .until(g.validUntil().isPresent() ? g.validUntil().getAsLong() : null));
        }
        List<Grant> copied;
        try {
            copied = store.grants().copy(orgId, fromUserId, toUserId, caller.userId());
        } catch (UnknownContextException e) {
            throw new NotFoundInRealmException("UNKNOWN_CONTEXT", "A context of the reference user's rights is gone");
        }
        if (!copied.isEmpty()) {
            people(caller).joinOnFirstRight(org, to);
        }
        for (Grant g : copied) {
            Map<String, Object> rep = rightRepresentation(caller, org, g, to, session.roles().getRoleById(realm, g.rightRoleId()),
                    organisations.requireContext(g.contextId()));
            rep.put("copiedFrom", AdminEvents.user(session.users().getUserById(realm, fromUserId)));
            events(caller).send(OperationType.CREATE, AdminEvents.RIGHT, rightPath(org, g), rep);
        }
        return copied.stream().map(g -> rightView(g, tree)).sorted(tree.rightsOrder()).toList();
    }

    // ---- contexts ----------------------------------------------------------------------------

    /** A new establishment, unit or account under {@code parentId} (an establishment's code is its unit number). */
    public Views.ContextView createContext(Caller caller, String orgId, String parentId, ContextKind kind, String code,
                                           String name) throws OrganisationServiceException {
        OrganizationModel org = organisations.require(orgId);
        Actor actor = member(caller, org);
        tree(org, caller);
        organisations.requireContext(parentId);
        check(actor, Action.CREATE_CONTEXT, Target.in(organisations.path(parentId)));
        OrgContext created;
        try {
            created = store.contexts().createChild(parentId, kind, code, name, caller.userId());
        } catch (ContextAlreadyExistsException e) {
            throw new ConflictException("CONTEXT_EXISTS", "The organisation already has a " + kind + " with that code");
        } catch (UnknownContextException e) {
            throw new NotFoundInRealmException("UNKNOWN_CONTEXT", "No such context");
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("INVALID_CONTEXT_KIND", e.getMessage());
        }
        Map<String, Object> rep = events(caller).representation(org);
        rep.put("context", AdminEvents.context(created));
        rep.put("parentId", parentId);
        events(caller).send(OperationType.CREATE, AdminEvents.CONTEXT, "organizations/" + orgId + "/dk-contexts/" + created.id(), rep);
        return contextView(created);
    }

    // ---- appointments ------------------------------------------------------------------------

    public Views.RoleView appointMainManager(Caller caller, String orgId, String userId) throws OrganisationServiceException {
        return appointOrganisationWide(caller, orgId, userId, Action.APPOINT_MAIN_MANAGER);
    }

    public boolean removeMainManager(Caller caller, String orgId, String userId) throws OrganisationServiceException {
        return removeOrganisationWide(caller, orgId, userId, Action.REMOVE_MAIN_MANAGER);
    }

    public Views.RoleView appointLocalAdministrator(Caller caller, String orgId, String contextId, String userId)
            throws OrganisationServiceException {
        OrganizationModel org = organisations.require(orgId);
        Actor actor = member(caller, org);
        tree(org, caller);
        OrgContext context = organisations.requireContext(contextId);
        UserModel user = organisations.requireGrantee(org, userId);
        check(actor, Action.APPOINT_LOCAL_ADMINISTRATOR, Target.in(organisations.path(contextId)).user(userId));
        boolean existed = hasAppointment(orgId, userId, Role.LOCAL_ADMINISTRATOR, contextId);
        appoint(contextId, userId, Role.LOCAL_ADMINISTRATOR, caller.userId());
        people(caller).joinOnFirstRight(org, user);
        if (!existed) {
            sendAppointmentEvent(caller, org, OperationType.CREATE, Role.LOCAL_ADMINISTRATOR, user, context);
        }
        return new Views.RoleView(Role.LOCAL_ADMINISTRATOR.name(), contextId, "APPOINTED");
    }

    public boolean removeLocalAdministrator(Caller caller, String orgId, String contextId, String userId)
            throws OrganisationServiceException {
        OrganizationModel org = organisations.require(orgId);
        Actor actor = member(caller, org);
        tree(org, caller);
        OrgContext context = organisations.requireContext(contextId);
        UserModel user = organisations.requirePerson(org, userId);
        check(actor, Action.REMOVE_LOCAL_ADMINISTRATOR, Target.in(organisations.path(contextId)).user(userId));
        boolean removed = store.appointments().remove(orgId, userId, Role.LOCAL_ADMINISTRATOR, contextId, caller.userId()).isPresent();
        if (removed) {
            sendAppointmentEvent(caller, org, OperationType.DELETE, Role.LOCAL_ADMINISTRATOR, user, context);
        }
        return removed;
    }

    /**
     * Only a realm administrator (realm-management manage-users, or a master admin) appoints a legal
     * representative; the person becomes a member of the organisation if they were not.
     */
    public Views.RoleView setLegalRepresentative(Caller caller, String orgId, String userId) throws OrganisationServiceException {
        requireRealmAdministrator(caller);
        OrganizationModel org = organisations.require(orgId);
        UserModel user = Optional.ofNullable(session.users().getUserById(realm, userId))
                .orElseThrow(() -> new NotFoundInRealmException("UNKNOWN_USER", "No such user in this realm"));
        OrgContext root = organisations.root(org, caller.userId());
        people(caller).joinOnFirstRight(org, user);
        boolean existed = hasAppointment(orgId, userId, Role.LEGAL_REPRESENTATIVE, root.id());
        appoint(root.id(), userId, Role.LEGAL_REPRESENTATIVE, caller.userId());
        if (!existed) {
            sendAppointmentEvent(caller, org, OperationType.CREATE, Role.LEGAL_REPRESENTATIVE, user, root);
        }
        return new Views.RoleView(Role.LEGAL_REPRESENTATIVE.name(), root.id(), "APPOINTED");
    }

    public boolean removeLegalRepresentative(Caller caller, String orgId, String userId) throws OrganisationServiceException {
        requireRealmAdministrator(caller);
        OrganizationModel org = organisations.require(orgId);
        UserModel user = Optional.ofNullable(session.users().getUserById(realm, userId))
                .orElseThrow(() -> new NotFoundInRealmException("UNKNOWN_USER", "No such user in this realm"));
        OrgContext root = organisations.root(org, caller.userId());
        boolean removed = store.appointments().remove(orgId, userId, Role.LEGAL_REPRESENTATIVE, root.id(), caller.userId()).isPresent();
        if (removed) {
            sendAppointmentEvent(caller, org, OperationType.DELETE, Role.LEGAL_REPRESENTATIVE, user, root);
        }
        return removed;
    }

    // ---- internals ---------------------------------------------------------------------------

    /**
     * The caller as the rules see them in {@code org}; someone with no tie to it gets an actor of no
     * organisation, so every rule refuses with {@link Refusal#OTHER_ORGANISATION}.
     */
    public Actor actor(Caller caller, OrganizationModel org) {
        UserModel user = caller.user();
        if (!caller.auth().getRealm().getId().equals(realm.getId())) {
            return Actor.builder(user.getId(), "(other realm)").build();
        }
        boolean registry = organisations.isRegistryLegalRepresentative(user, org);
        Actor actor = store.actor(org.getId(), user.getId(), RightsCatalogue.viewOnlyRightIds(realm), registry);
        boolean tied = actor.isManager() || !actor.viewOnlyContexts().isEmpty() || organisations.isMember(org, user)
                || !store.grants().ofUser(org.getId(), user.getId()).isEmpty();
        return tied ? actor : Actor.builder(user.getId(), "(not of " + org.getId() + ")").build();
    }

    /**
     * {@link #actor} for an operation: someone with no tie to the organisation is refused here, by
     * the rules ({@link Refusal#OTHER_ORGANISATION}), before anything of it is looked up or created.
     */
    private Actor member(Caller caller, OrganizationModel org) throws RefusedException {
        Actor actor = actor(caller, org);
        check(actor, Action.VIEW_RIGHTS, Target.in(be.digitalkeys.organisation.rules.ContextPath.of(org.getId(), "(any)"))
                .user(actor.userId()));
        return actor;
    }

    private ContextTree tree(OrganizationModel org, Caller caller) {
        organisations.root(org, caller.userId());
        return new ContextTree(store.contexts().ofOrganisation(org.getId()));
    }

    private void requireTied(Actor actor, ContextTree tree) throws RefusedException {
        Decision own = rules.decide(actor, Action.VIEW_RIGHTS, Target.in(tree.path(tree.root().id())).user(actor.userId()));
        if (!own.isAllowed()) {
            throw new RefusedException(own.refusal().orElseThrow());
        }
    }

    private void check(Actor actor, Action action, Target target) throws RefusedException {
        Decision decision = rules.decide(actor, action, target);
        if (!decision.isAllowed()) {
            throw new RefusedException(decision.refusal().orElseThrow());
        }
    }

    private static void requireRealmAdministrator(Caller caller) throws RefusedException {
        if (!caller.realmAdministrator()) {
            throw new RefusedException(RefusedException.NOT_A_REALM_ADMINISTRATOR,
                    "Only a realm administrator sets legal representatives");
        }
    }

    private Views.RoleView appointOrganisationWide(Caller caller, String orgId, String userId, Action action)
            throws OrganisationServiceException {
        OrganizationModel org = organisations.require(orgId);
        Actor actor = member(caller, org);
        ContextTree tree = tree(org, caller);
        UserModel user = organisations.requireGrantee(org, userId);
        OrgContext root = tree.root();
        check(actor, action, Target.in(tree.path(root.id())).user(userId));
        boolean existed = hasAppointment(orgId, userId, Role.MAIN_ACCESS_MANAGER, root.id());
        appoint(root.id(), userId, Role.MAIN_ACCESS_MANAGER, caller.userId());
        people(caller).joinOnFirstRight(org, user);
        if (!existed) {
            sendAppointmentEvent(caller, org, OperationType.CREATE, Role.MAIN_ACCESS_MANAGER, user, root);
        }
        return new Views.RoleView(Role.MAIN_ACCESS_MANAGER.name(), root.id(), "APPOINTED");
    }

    private boolean removeOrganisationWide(Caller caller, String orgId, String userId, Action action)
            throws OrganisationServiceException {
        OrganizationModel org = organisations.require(orgId);
        Actor actor = member(caller, org);
        ContextTree tree = tree(org, caller);
        UserModel user = organisations.requirePerson(org, userId);
        OrgContext root = tree.root();
        check(actor, action, Target.in(tree.path(root.id())).user(userId));
        boolean removed = store.appointments().remove(orgId, userId, Role.MAIN_ACCESS_MANAGER, root.id(), caller.userId()).isPresent();
        if (removed) {
            sendAppointmentEvent(caller, org, OperationType.DELETE, Role.MAIN_ACCESS_MANAGER, user, root);
        }
        return removed;
    }

    private boolean hasAppointment(String orgId, String userId, Role role, String contextId) {
        return store.appointments().ofUser(orgId, userId).stream()
                .anyMatch(a -> a.role() == role && a.contextId().equals(contextId));
    }

    private Appointment appoint(String contextId, String userId, Role role, String by) throws NotFoundInRealmException {
        try {
            return store.appointments().appoint(contextId, userId, role, by);
        } catch (UnknownContextException e) {
            throw new NotFoundInRealmException("UNKNOWN_CONTEXT", "No such context");
        }
    }

    private Grant grantOrFail(String contextId, String userId, String roleId, String by, Long validUntil)
            throws NotFoundInRealmException {
        try {
            return store.grants().grant(contextId, userId, roleId, by, validUntil);
        } catch (UnknownContextException e) {
            throw new NotFoundInRealmException("UNKNOWN_CONTEXT", "No such context");
        }
    }

    private Views.PersonRights rightsView(Actor actor, OrganizationModel org, ContextTree tree, UserModel user) {
        String userId = user.getId();
        Predicate<String> visible = contextId -> rules.decide(actor, Action.VIEW_RIGHTS,
                Target.in(tree.path(contextId)).user(userId)).isAllowed();
        List<Views.RoleView> roles = new ArrayList<>();
        if (organisations.isRegistryLegalRepresentative(user, org)) {
            roles.add(new Views.RoleView(Role.LEGAL_REPRESENTATIVE.name(), tree.root().id(), "REGISTRY"));
        }
        store.appointments().ofUser(org.getId(), userId).stream().filter(a -> visible.test(a.contextId()))
                .forEach(a -> roles.add(new Views.RoleView(a.role().name(), a.contextId(), "APPOINTED")));
        List<Views.RightView> rights = store.grants().ofUser(org.getId(), userId).stream()
                .filter(g -> visible.test(g.contextId())).map(g -> rightView(g, tree)).sorted(tree.rightsOrder()).toList();
        return new Views.PersonRights(People.view(user, org.getId()), roles, rights);
    }

    private Views.RightView rightView(Grant g, ContextTree tree) {
        RoleModel role = session.roles().getRoleById(realm, g.rightRoleId());
        OrgContext context = tree.find(g.contextId()).orElse(null);
        return new Views.RightView(g.id(), role == null ? null : role.getName(), g.rightRoleId(),
                role != null && role.isClientRole() ? ((org.keycloak.models.ClientModel) role.getContainer()).getClientId() : null,
                role != null && RightsCatalogue.isViewOnly(role), g.contextId(), context == null ? null : context.name(),
                g.validUntil().isPresent() ? java.time.Instant.ofEpochMilli(g.validUntil().getAsLong()).toString() : null,
                g.grantedBy(), java.time.Instant.ofEpochMilli(g.grantedAt()).toString());
    }

    private static Views.ContextView contextView(OrgContext c) {
        return new Views.ContextView(c.id(), c.parentId(), c.kind().name(), c.code(), c.name());
    }

    private static Views.HistoryView historyView(HistoryEntry e) {
        return new Views.HistoryView(e.id(), java.time.Instant.ofEpochMilli(e.occurredAt()).toString(), e.actorId(),
                e.action().name(), e.targetUserId(), e.rightRoleId(), e.contextId(), e.detail());
    }

    private People people(Caller caller) {
        return new People(session, realm, organisations, events(caller));
    }

    private AdminEvents events(Caller caller) {
        return new AdminEvents(session, realm, caller);
    }

    private static String rightPath(OrganizationModel org, Grant g) {
        return "organizations/" + org.getId() + "/dk-rights/" + g.id();
    }

    private Map<String, Object> rightRepresentation(Caller caller, OrganizationModel org, Grant grant, UserModel user,
                                                    RoleModel role, OrgContext context) {
        Map<String, Object> rep = events(caller).representation(org);
        rep.put("targetUser", AdminEvents.user(user));
        rep.put("right", role == null ? Map.of("id", grant.rightRoleId()) : AdminEvents.right(role));
        rep.put("context", AdminEvents.context(context));
        rep.put("grantId", grant.id());
        rep.put("validUntil", grant.validUntil().isPresent()
                ? java.time.Instant.ofEpochMilli(grant.validUntil().getAsLong()).toString() : null);
        return rep;
    }

    private void sendRightEvent(Caller caller, OrganizationModel org, OperationType operation, Grant grant, UserModel user,
                                RoleModel role, OrgContext context) {
        events(caller).send(operation, AdminEvents.RIGHT, rightPath(org, grant),
                rightRepresentation(caller, org, grant, user, role, context));
    }

    private void sendAppointmentEvent(Caller caller, OrganizationModel org, OperationType operation, Role role,
                                      UserModel user, OrgContext context) {
        Map<String, Object> rep = events(caller).representation(org);
        rep.put("targetUser", AdminEvents.user(user));
        rep.put("role", role.name());
        rep.put("context", AdminEvents.context(context));
        String path = switch (role) {
            case LEGAL_REPRESENTATIVE -> "organizations/" + org.getId() + "/dk-legal-representatives/" + user.getId();
            case MAIN_ACCESS_MANAGER -> "organizations/" + org.getId() + "/dk-main-access-managers/" + user.getId();
            default -> "organizations/" + org.getId() + "/dk-contexts/" + context.id() + "/dk-administrators/" + user.getId();
        };
        events(caller).send(operation, AdminEvents.APPOINTMENT, path, rep);
    }

    /** The organisation's contexts in memory, for paths without one query per level. */
    static final class ContextTree {

        private final Map<String, OrgContext> byId = new LinkedHashMap<>();

        ContextTree(List<OrgContext> contexts) {
            contexts.forEach(c -> byId.put(c.id(), c));
        }

        OrgContext root() {
            return byId.values().stream().filter(OrgContext::isRoot).findFirst().orElseThrow();
        }

        List<OrgContext> all() {
            return List.copyOf(byId.values());
        }

        Optional<OrgContext> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        be.digitalkeys.organisation.rules.ContextPath path(String contextId) {
            List<String> ids = new ArrayList<>();
            String current = contextId;
            while (current != null && ids.size() < 16) {
                ids.add(0, current);
                OrgContext c = byId.get(current);
                current = c == null ? null : c.parentId();
            }
            OrgContext c = byId.get(contextId);
            return new be.digitalkeys.organisation.rules.ContextPath(c == null ? "?" : c.organizationId(), ids);
        }

        /** {@link RightsOrder} over this tree's context names. */
        Comparator<Views.RightView> rightsOrder() {
            return RightsOrder.byContextPathThenRight(id -> path(id).ids().stream()
                    .map(c -> byId.containsKey(c) ? byId.get(c).name() : c).toList());
        }

        Set<String> contextsWhere(Predicate<String> test) {
            Set<String> ids = new LinkedHashSet<>();
            byId.keySet().stream().filter(test).forEach(ids::add);
            return ids;
        }
    }
}
