package be.digitalkeys.it.support;

import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the {@link TestEnvironment} once per test JVM (kept in the root store, closed when the
 * JVM's test run ends) and hands it to test constructors and methods. In container mode without
 * a Docker engine every test is skipped, with the reason.
 */
public final class DigitalKeysExtension implements ParameterResolver, ExecutionCondition {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DigitalKeysExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestEnvironment.class;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"container".equals(TestSettings.keycloakMode())) {
            return ConditionEvaluationResult.enabled("Keycloak from the distribution");
        }
        @SuppressWarnings("unchecked")
        Optional<String> reason = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("docker",
                key -> Optional.ofNullable(ContainerKeycloak.unavailableReason()), Optional.class);
        return reason.map(r -> ConditionEvaluationResult.disabled("Skipped in container mode: " + r))
                .orElseGet(() -> ConditionEvaluationResult.enabled("Docker engine available"));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("environment", key -> new Resource(), Resource.class).environment();
    }

    /** Closed by JUnit when the root context closes, i.e. after the last test of the JVM. */
    private static final class Resource implements ExtensionContext.Store.CloseableResource {
        private final TestEnvironment environment;
        private final Exception failure;

        Resource() {
            TestEnvironment started = null;
            Exception failed = null;
            try {
                started = TestEnvironment.start();
            } catch (Exception e) {
                failed = e;
            }
            environment = started;
            failure = failed;
        }

        /** A failed start is remembered, so the other tests fail at once instead of starting again. */
        TestEnvironment environment() {
            if (failure != null) {
                throw new IllegalStateException("Test environment failed to start", failure);
            }
            return environment;
        }

        @Override
        public void close() {
            if (environment != null) {
                environment.close();
            }
        }
    }
}
