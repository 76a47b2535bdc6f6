package be.digitalkeys.eid;

import java.util.Locale;
import java.util.Optional;

import be.digitalkeys.common.UserAttributes;
import be.digitalkeys.common.UserLookup;
import be.digitalkeys.devkit.DevelopmentKits;
import be.digitalkeys.eid.niss.InvalidNissException;
import be.digitalkeys.eid.niss.Niss;
import be.digitalkeys.eid.ocsp.HttpOcspTransport;
import be.digitalkeys.eid.ocsp.OcspTransport;
import be.digitalkeys.eid.webeid.AllowedHostsFetcher;
import be.digitalkeys.eid.webeid.AuthTokenException;
import be.digitalkeys.eid.webeid.AuthTokenValidator;
import be.digitalkeys.eid.webeid.AuthTokenValidatorBuilder;
import be.digitalkeys.eid.webeid.HttpIntermediateFetcher;
import be.digitalkeys.eid.webeid.ValidatedEid;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * eID card with PIN through Web eID: the page asks the Web eID extension and app (or, in lab
 * realms with the development kit installed, the TEST software eID) to sign this session's nonce with the card's
 * authentication key; the token is validated (format, algorithm, certificate, purpose, chain to
 * the realm's trusted Belgian CAs, OCSP, signature over origin and nonce) and the account found
 * by the national register number in the certificate. A refused signature never counts against
 * the certificate's holder (see {@link #refused}).
 */
public class EidAuthenticator implements Authenticator {

    /** Authentication-session note read by the profile choice: the national number of the card used. */
    public static final String NOTE_NISS = "dk.eid.niss";
    /** User-session note: the login was made with an eID card. */
    public static final String SESSION_EID = "dk.eid";
    static final int MAX_TOKEN = 10_000;
    private static final Logger LOG = Logger.getLogger(EidAuthenticator.class);
    /** Fetched issuing CAs (public data), shared by every realm. */
    private static final HttpIntermediateFetcher FETCHER = new HttpIntermediateFetcher();
    /** Real OCSP responders over HTTP. */
    private static final OcspTransport NETWORK = new HttpOcspTransport();

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(EidPage.show(context, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        EidConfig config = new EidConfig(context.getAuthenticatorConfig());
        String token = context.getHttpRequest().getDecodedFormParameters().getFirst(EidPage.FIELD_TOKEN);
        if (token == null || token.isBlank()) {
            context.challenge(EidPage.show(context, "dkEidErrorTokenMissing"));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String nonce = EidNonces.current(authSession);
        EidNonces.Problem problem = EidNonces.take(authSession, context.getSession().singleUseObjects(), config.nonceSeconds());
        if (problem != EidNonces.Problem.NONE) {
            context.getEvent().detail("dk_eid_nonce", problem.name().toLowerCase(Locale.ROOT)).error("dk_eid_nonce_" + problem.name().toLowerCase(Locale.ROOT));
            context.challenge(EidPage.show(context, "dkEidErrorNonce"));
            return;
        }
        if (token.length() > MAX_TOKEN) {
            context.getEvent().error("dk_eid_malformed_token");
            context.challenge(EidPage.show(context, "dkEidErrorMalformed"));
            return;
        }
        ValidatedEid eid;
        try {
            eid = validator(context.getSession(), context.getRealm(), config).validate(token, origin(context), nonce);
        } catch (AuthTokenException e) {
            refused(context, e);
            return;
        }
        login(context, config, eid);
    }

    private void login(AuthenticationFlowContext context, EidConfig config, ValidatedEid eid) {
        Locale locale = context.getSession().getContext().resolveLocale(null);
        Optional<UserModel> account;
        try {
            account = EidUsers.accountOf(context.getSession(), context.getRealm(), eid, config.firstLogin(),
                    locale == null ? null : locale.getLanguage());
        } catch (ModelDuplicateException e) {
            LOG.warnf("Two accounts carry the national register number %s; eID login refused", masked(eid.niss()));
            context.getEvent().detail("dk_eid_niss", masked(eid.niss())).error("dk_eid_duplicate_niss");
            context.challenge(EidPage.show(context, "dkEidErrorUnknownUser"));
            return;
        }
        if (account.isEmpty()) {
            context.getEvent().detail("dk_eid_niss", masked(eid.niss())).error(Errors.USER_NOT_FOUND);
            context.challenge(EidPage.show(context, "dkEidErrorUnknownUser"));
            return;
        }
        UserModel user = account.get();
        UserModel known = context.getUser();
        if (known != null && !known.getId().equals(user.getId())) {
            context.getEvent().user(known).detail("dk_eid_niss", masked(eid.niss())).error(Errors.DIFFERENT_USER_AUTHENTICATED);
            context.challenge(EidPage.show(context, "dkEidErrorOtherPerson"));
            return;
        }
        context.setUser(user);
        String bruteForceError = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (!user.isEnabled() || bruteForceError != null) {
            context.getEvent().user(user).error(bruteForceError != null ? bruteForceError : Errors.USER_DISABLED);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, EidPage.show(context, "dkEidErrorAccountLocked"));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setAuthNote(NOTE_NISS, eid.niss());
        authSession.setUserSessionNote(SESSION_EID, "true");
        context.getEvent().detail("dk_eid_niss", masked(eid.niss())).detail("dk_eid_algorithm", eid.algorithm());
        context.success(OTPCredentialModel.TYPE);
    }

    /**
     * A refused token: the reason's message. A bad signature is never counted against the
     * certificate's holder: the certificate is public (every signature and TLS client login shows
     * it), so counting would let anyone who has it lock the holder out. The card itself guards its
     * PIN (it blocks after three wrong ones). Only when an earlier step already identified the
     * person logging in does the failure count, against that person, as any wrong second key would.
     */
    private void refused(AuthenticationFlowContext context, AuthTokenException e) {
        String reason = e.reason().name().toLowerCase(Locale.ROOT);
        String message = EidMessages.of(e.reason());
        if (e.reason() == AuthTokenException.Reason.SIGNATURE_INVALID && context.getUser() != null) {
            context.getEvent().user(context.getUser()).detail("dk_eid_refused", reason).error(Errors.INVALID_USER_CREDENTIALS);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, EidPage.show(context, message));
            return;
        }
        if (e.reason() == AuthTokenException.Reason.REVOCATION_UNAVAILABLE) {
            LOG.warnf("eID login refused: the card's revocation status could not be obtained (%s)", e.getMessage());
        }
        context.getEvent().detail("dk_eid_refused", reason).error("dk_eid_" + reason);
        context.challenge(EidPage.show(context, message));
    }

    static AuthTokenValidator validator(KeycloakSession session, RealmModel realm, EidConfig config) {
        AuthTokenValidatorBuilder builder = AuthTokenValidator.builder()
                .withTrustedCertificates(EidTrustStore.of(config, DevelopmentKits.eidTrustAnchors(session, realm)))
                .withPolicyCheck(DevelopmentKits.eidCertificatePolicies(session, realm))
                .withClock(KeycloakClock.INSTANCE)
                .withOcsp(config.ocsp())
                .withOcspTransport(DevelopmentKits.eidOcspTransport(session, realm, NETWORK))
                .withOcspCache(new KeycloakOcspCache(session.singleUseObjects()))
                .withMaxTokenLength(MAX_TOKEN);
        if (config.fetchIntermediates()) {
            builder.withIntermediateFetching(new AllowedHostsFetcher(config.intermediateHosts(), FETCHER));
        }
        return builder.build();
    }

    /** The origin the browser signed: this Keycloak's public scheme, host and port. */
    static String origin(AuthenticationFlowContext context) {
        java.net.URI base = context.getSession().getContext().getUri().getBaseUri();
        int port = base.getPort();
        boolean defaultPort = port == -1 || ("https".equals(base.getScheme()) && port == 443) || ("http".equals(base.getScheme()) && port == 80);
        return base.getScheme() + "://" + base.getHost() + (defaultPort ? "" : ":" + port);
    }

    static String masked(String niss) {
        try {
            return Niss.parse(niss).masked();
        } catch (InvalidNissException e) {
            return "invalid";
        }
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return user.getFirstAttribute(UserAttributes.NISS) != null;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
