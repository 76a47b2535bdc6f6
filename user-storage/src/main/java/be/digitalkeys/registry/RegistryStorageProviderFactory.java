package be.digitalkeys.registry;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.storage.UserStorageProviderFactory;
import org.keycloak.storage.UserStorageProviderModel;
import org.keycloak.storage.user.ImportSynchronization;
import org.keycloak.storage.user.SynchronizationResult;

/**
 * "Digital Keys registry" in the admin console's User federation. Saving the settings checks them
 * and then connects and reads the table and every mapped column once, so a typo or an unreachable
 * database is reported there (and in the log) instead of at someone's login. One connection pool
 * per registry and Keycloak node, rebuilt when the connection settings change.
 */
public class RegistryStorageProviderFactory implements UserStorageProviderFactory<RegistryStorageProvider>, ImportSynchronization {

    public static final String PROVIDER_ID = "dk-registry";
    private static final Logger LOG = Logger.getLogger(RegistryStorageProviderFactory.class);

    /** Node-local connection pools by component id (a resource, not state: rebuilt on demand). */
    private final Map<String, Pool> pools = new ConcurrentHashMap<>();

    /** Server option (not a realm setting): the JDBC driver classes registries may use. */
    public static final String ALLOWED_DRIVERS = "allowedDrivers";

    /** Drivers the server's operator allows; nothing until {@link #init(Config.Scope)} reads them. */
    private volatile JdbcUrlPolicy policy = JdbcUrlPolicy.allowing(List.of());

    private record Pool(String fingerprint, RegistryDirectory directory) {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    /**
     * Reads {@code --spi-storage--dk-registry--allowed-drivers=org.postgresql.Driver,org.h2.Driver}
     * (env {@code KC_SPI_STORAGE__DK_REGISTRY__ALLOWED_DRIVERS}). Without it no registry connects.
     */
    @Override
    public void init(Config.Scope config) {
        String[] named = config.getArray(ALLOWED_DRIVERS);
        List<String> drivers = named == null ? List.of() : Arrays.asList(named);
        policy = JdbcUrlPolicy.allowing(drivers);
        JdbcUrlPolicy.unvetted(drivers).forEach(d -> LOG.warnf("Registry driver %s ignored: only %s have vetted URL options",
                d, JdbcUrlPolicy.POSTGRESQL + " and " + JdbcUrlPolicy.H2));
        if (policy.allowed().isEmpty()) {
            LOG.infof("No registry driver allowed (server option spi-storage--%s--allowed-drivers): registries stay unconnected", PROVIDER_ID);
        }
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(ALLOWED_DRIVERS).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Comma-separated JDBC driver classes realm administrators may use for registries: "
                        + JdbcUrlPolicy.POSTGRESQL + ", " + JdbcUrlPolicy.H2 + ". Empty: none.")
                .add().build();
    }

    @Override
    public String getHelpText() {
        return "An existing customer or contract database (PostgreSQL, H2, ... over JDBC) as a source of users: "
                + "look-ups by username, e-mail, national register number, card number and phone; legacy bcrypt/PBKDF2 passwords; "
                + "read-only or import with password migration.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return RegistryConfig.CONFIG_PROPERTIES;
    }

    @Override
    public RegistryStorageProvider create(KeycloakSession session, ComponentModel model) {
        RegistryConfig config = new RegistryConfig(model);
        return new RegistryStorageProvider(session, new UserStorageProviderModel(model), config, directory(model, config));
    }

    @Override
    public void validateConfiguration(KeycloakSession session, RealmModel realm, ComponentModel model) throws ComponentValidationException {
        RegistryConfig config = new RegistryConfig(model);
        config.validate();
        try {
            policy.check(config.driverClass(), config.jdbcUrl());
        } catch (JdbcUrlPolicy.RefusedException e) {
            LOG.warnf("Registry settings refused in realm %s: %s", realm.getName(), e.getMessage());
            throw new ComponentValidationException(e.reason().messageKey, e.parameters());
        }
        // Keycloak's own switch (it gates the sync) follows our mode.
        model.put(UserStorageProviderModel.IMPORT_ENABLED, String.valueOf(config.importMode()));
        try (RegistryDirectory probe = new RegistryDirectory(model.getName() == null ? "new" : model.getName(), config)) {
            probe.probe();
        } catch (RegistryUnavailableException e) {
            LOG.warnf("Registry settings refused: %s", e.getMessage());
            throw new ComponentValidationException("The registry cannot be read with these settings: " + e.getMessage());
        }
    }

    @Override
    public void onUpdate(KeycloakSession session, RealmModel realm, ComponentModel oldModel, ComponentModel newModel) {
        Pool pool = pools.get(newModel.getId());
        if (pool != null && !pool.fingerprint().equals(new RegistryConfig(newModel).poolFingerprint())) {
            closePool(newModel.getId());
        }
    }

    @Override
    public void preRemove(KeycloakSession session, RealmModel realm, ComponentModel model) {
        closePool(model.getId());
    }

    RegistryDirectory directory(ComponentModel model, RegistryConfig config) {
        String fingerprint = config.poolFingerprint();
        return pools.compute(model.getId(), (id, existing) -> {
            if (existing != null && existing.fingerprint().equals(fingerprint)) {
                return existing;
            }
            if (existing != null) {
                existing.directory().close();
            }
            String name = model.getName() == null ? id : model.getName();
            try {
                policy.check(config.driverClass(), config.jdbcUrl());
            } catch (JdbcUrlPolicy.RefusedException e) {
                // Settings saved before the rule, imported with a realm, or from a server with other options.
                LOG.warnf("Registry '%s' not connected: %s", name, e.getMessage());
                return new Pool(fingerprint, RegistryDirectory.refused(name, config, "refused by the server's JDBC policy"));
            }
            return new Pool(fingerprint, new RegistryDirectory(name, config));
        }).directory();
    }

    private void closePool(String componentId) {
        Pool pool = pools.remove(componentId);
        if (pool != null) {
            pool.directory().close();
        }
    }

    @Override
    public SynchronizationResult sync(KeycloakSessionFactory sessionFactory, String realmId, UserStorageProviderModel model) {
        return new RegistrySync(sessionFactory, realmId, model, directory(model, new RegistryConfig(model))).full();
    }

    @Override
    public SynchronizationResult syncSince(Date lastSync, KeycloakSessionFactory sessionFactory, String realmId, UserStorageProviderModel model) {
        return new RegistrySync(sessionFactory, realmId, model, directory(model, new RegistryConfig(model))).changedSince(lastSync);
    }

    @Override
    public void close() {
        pools.keySet().forEach(this::closePool);
    }
}
