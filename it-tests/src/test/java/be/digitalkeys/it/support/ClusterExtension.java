package be.digitalkeys.it.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Starts the {@link KeycloakCluster} once per test JVM and hands it to the cluster tests. */
public final class ClusterExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ClusterExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KeycloakCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("cluster", key -> new Resource(), Resource.class).cluster();
    }

    private static final class Resource implements ExtensionContext.Store.CloseableResource {
        private final KeycloakCluster cluster;
        private final Exception failure;

        Resource() {
            KeycloakCluster started = null;
            Exception failed = null;
            try {
                started = KeycloakCluster.start();
            } catch (Exception e) {
                failed = e;
            }
            cluster = started;
            failure = failed;
        }

        KeycloakCluster cluster() {
            if (failure != null) {
                throw new IllegalStateException("The cluster failed to start", failure);
            }
            return cluster;
        }

        @Override
        public void close() {
            if (cluster != null) {
                cluster.close();
            }
        }
    }
}
