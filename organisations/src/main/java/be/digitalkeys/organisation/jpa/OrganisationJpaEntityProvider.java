package be.digitalkeys.organisation.jpa;

import java.util.List;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

/**
 * Adds our entities to Keycloak's persistence unit and our Liquibase changelog to its database
 * update. Keycloak records the changelog in its own table named after the factory id
 * ({@code JpaUtils.getCustomChangelogTableName}: {@code DATABASECHANGELOG_DK_ORGANIS}).
 */
public final class OrganisationJpaEntityProvider implements JpaEntityProvider {

    public static final String CHANGELOG = "META-INF/dk-organisations-changelog.xml";

    static final List<Class<?>> ENTITIES = List.of(
            ContextEntity.class, GrantEntity.class, AppointmentEntity.class, HistoryEntity.class);

    @Override
    public List<Class<?>> getEntities() {
        return ENTITIES;
    }

    @Override
    public String getChangelogLocation() {
        return CHANGELOG;
    }

    @Override
    public String getFactoryId() {
        return OrganisationJpaEntityProviderFactory.PROVIDER_ID;
    }

    @Override
    public void close() {
    }
}
