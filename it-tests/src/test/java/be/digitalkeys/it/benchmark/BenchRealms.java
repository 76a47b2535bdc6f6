package be.digitalkeys.it.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.digitalkeys.it.support.PostgresRegistry;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * The benchmark's realms, one per method, all on the digitalkeys theme, with the same client, the
 * same brute-force settings and {@code users} users each. Users are imported with a password hash
 * Keycloak computed once (read back from the database), so that loading thousands of users does not
 * cost thousands of password hashes; Keycloak still verifies that hash at every login.
 */
final class BenchRealms {

    static final String CLIENT = "bench";
    static final String REDIRECT = "http://127.0.0.1:1/callback";
    private static final int BATCH = 500;

    private BenchRealms() {
    }

    static void create(Keycloak admin, String jdbcUrl, String schema, int users, String smtpHost, int smtpPort, String smsUrl) {
        for (Method method : Method.values()) {
            admin.realms().create(realm(method, smtpHost, smtpPort, smsUrl));
            String[] hash = passwordHash(admin, method.realm, jdbcUrl, schema);
            for (int from = 0; from < users; from += BATCH) {
                PartialImportRepresentation batch = new PartialImportRepresentation();
                batch.setIfResourceExists("SKIP");
                List<UserRepresentation> list = new ArrayList<>();
                for (int i = from; i < Math.min(users, from + BATCH); i++) {
                    list.add(user(method, i, hash));
                }
                batch.setUsers(list);
                try (Response response = admin.realm(method.realm).partialImport(batch)) {
                    if (response.getStatus() != 200) {
                        throw new IllegalStateException("Import of users into " + method.realm + ": HTTP " + response.getStatus());
                    }
                }
            }
        }
    }

    private static RealmRepresentation realm(Method method, String smtpHost, int smtpPort, String smsUrl) {
        Map<String, Object> realm = new LinkedHashMap<>();
        realm.put("realm", method.realm);
        realm.put("enabled", true);
        realm.put("loginTheme", "digitalkeys");
        realm.put("emailTheme", "digitalkeys");
        realm.put("internationalizationEnabled", true);
        realm.put("supportedLocales", List.of("fr", "nl", "de", "en"));
        realm.put("defaultLocale", "fr");
        realm.put("bruteForceProtected", true);
        realm.put("failureFactor", 30);
        realm.put("eventsEnabled", false);
        realm.put("otpPolicyCodeReusable", false);
        realm.put("smtpServer", Map.of("host", smtpHost, "port", String.valueOf(smtpPort), "from", "no-reply@bench.example"));
        realm.put("browserFlow", "bench browser");
        realm.put("clients", List.of(Map.of("clientId", CLIENT, "publicClient", true, "standardFlowEnabled", true,
                "directAccessGrantsEnabled", false, "redirectUris", List.of(REDIRECT))));
        List<Map<String, Object>> executions = new ArrayList<>();
        List<Map<String, Object>> configs = new ArrayList<>();
        switch (method) {
            case BASELINE -> {
                executions.add(step("auth-username-password-form", 10, null));
                executions.add(step("auth-otp-form", 20, null));
            }
            case PASSWORD_APP -> {
                executions.add(step("auth-username-password-form", 10, null));
                executions.add(step("dk-totp", 20, null));
            }
            case EMAIL_CODE, SMS_CODE -> {
                boolean sms = method == Method.SMS_CODE;
                executions.add(step("dk-username-password", 10, null));
                executions.add(step("dk-security-code", 20, "bench-code"));
                Map<String, String> config = new LinkedHashMap<>(Map.of("channel", sms ? "sms" : "email", "maxCodesPerHour", "50"));
                if (sms) {
                    config.putAll(Map.of("dk.sms.sender", "http", "dk.sms.http.url", smsUrl, "dk.sms.http.timeoutMs", "5000"));
                }
                configs.add(Map.of("alias", "bench-code", "config", config));
            }
            case APP -> {
                executions.add(step("dk-app", 10, "bench-app"));
                configs.add(Map.of("alias", "bench-app", "config", Map.of("iconMode", "always", "maxRequests", "100",
                        "requestWindowSeconds", "60", "dk.push.sender", "log")));
            }
            case CARD_READER -> {
                executions.add(step("dk-card-reader", 10, "bench-card"));
                configs.add(Map.of("alias", "bench-card", "config", Map.of("suite", "OCRA-1:HOTP-SHA256-8:QN08")));
            }
        }
        realm.put("authenticatorConfig", configs);
        realm.put("authenticationFlows", List.of(Map.of("alias", "bench browser", "providerId", "basic-flow", "topLevel", true,
                "builtIn", false, "authenticationExecutions", executions)));
        try {
            return JsonSerialization.readValue(JsonSerialization.writeValueAsString(realm), RealmRepresentation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> step(String authenticator, int priority, String config) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("authenticator", authenticator);
        step.put("authenticatorFlow", false);
        step.put("requirement", "REQUIRED");
        step.put("priority", priority);
        if (config != null) {
            step.put("authenticatorConfig", config);
        }
        return step;
    }

    /** Secret and credential data of a password Keycloak hashed itself, with the realm's default algorithm. */
    private static String[] passwordHash(Keycloak admin, String realm, String jdbcUrl, String schema) {
        UserRepresentation template = new UserRepresentation();
        template.setUsername("hash-template");
        template.setEnabled(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(BenchUsers.PASSWORD);
        password.setTemporary(false);
        template.setCredentials(List.of(password));
        try (Response response = admin.realm(realm).users().create(template)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("Template user: HTTP " + response.getStatus());
            }
        }
        String sql = "SELECT c.secret_data, c.credential_data FROM " + schema + ".credential c JOIN " + schema
                + ".user_entity u ON u.id = c.user_id JOIN " + schema + ".realm r ON r.id = u.realm_id"
                + " WHERE r.name = ? AND u.username = 'hash-template' AND c.type = 'password'";
        try (Connection c = DriverManager.getConnection(jdbcUrl, PostgresRegistry.user(), PostgresRegistry.password());
             PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, realm);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("No password stored for the template user of " + realm);
                }
                return new String[] {rows.getString(1), rows.getString(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UserRepresentation user(Method method, int i, String[] hash) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(BenchUsers.username(i));
        user.setEmail(BenchUsers.email(i));
        user.setEmailVerified(true);
        user.setFirstName("Bench");
        user.setLastName("User " + i);
        user.setEnabled(true);
        List<CredentialRepresentation> credentials = new ArrayList<>();
        if (method == Method.APP) {
            user.setId(BenchUsers.userId(method, i));
        }
        if (method != Method.CARD_READER && method != Method.APP) {
            credentials.add(credential(CredentialRepresentation.PASSWORD, hash[0], hash[1], null));
        }
        switch (method) {
            case BASELINE, PASSWORD_APP -> credentials.add(credential("otp", json(Map.of("value", BenchUsers.totpSecret(i))),
                    json(Map.of("subType", "totp", "digits", 6, "period", 30, "algorithm", "HmacSHA1", "counter", 0)), "app"));
            case EMAIL_CODE -> credentials.add(credential("dk-security-code-key", "{}",
                    json(Map.of("channel", "email", "address", BenchUsers.email(i))), "email"));
            case SMS_CODE -> credentials.add(credential("dk-security-code-key", "{}",
                    json(Map.of("channel", "sms", "address", BenchUsers.phone(i))), "sms"));
            case CARD_READER -> {
                credentials.add(credential("dk-card", json(Map.of("key", BenchUsers.cardKeyHex(i))),
                        json(Map.of("cardNumber", BenchUsers.cardNumber(i), "holderName", "BENCH " + i,
                                "suite", "OCRA-1:HOTP-SHA256-8:QN08", "counter", 0, "status", "active", "wrongResponses", 0, "demo", false)),
                        "card"));
                user.setAttributes(Map.of("cardNumber", List.of(BenchUsers.cardNumber(i))));
            }
            case APP -> {
                CredentialRepresentation device = credential("dk-app-device", "{}", json(Map.of(
                        "publicKey", be.digitalkeys.appclient.DeviceKeys.encodePublicKey(BenchUsers.appKeys(i).getPublic()),
                        "phone", BenchUsers.phone(i), "name", "Bench phone")), "Bench phone");
                device.setId(BenchUsers.appCredentialId(i));
                credentials.add(device);
                user.setAttributes(Map.of("dk-app-phone", List.of(BenchUsers.phone(i))));
            }
        }
        user.setCredentials(credentials);
        return user;
    }

    private static CredentialRepresentation credential(String type, String secretData, String credentialData, String label) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(type);
        credential.setSecretData(secretData);
        credential.setCredentialData(credentialData);
        credential.setUserLabel(label);
        return credential;
    }

    private static String json(Object value) {
        try {
            return JsonSerialization.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
