package cn.yibao.guard.support.keycloak;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where the Keycloak distribution and a JDK 21+ exist; elsewhere the class is
 * reported as skipped, saying why, or fails when {@code KEYCLOAK_IT_REQUIRED=true}. Evaluated before the
 * application or Keycloak is started.
 */
public class KeycloakAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        KeycloakDistribution.Lookup lookup = KeycloakDistribution.lookup();
        if (lookup.distribution().isPresent()) {
            return ConditionEvaluationResult.enabled(lookup.reason());
        }
        if (KeycloakDistribution.required()) {
            throw new IllegalStateException("Keycloak integration tests cannot run: " + lookup.reason());
        }
        String reason = "SKIPPED, Keycloak integration tests did not run: " + lookup.reason();
        System.err.println("[" + context.getDisplayName() + "] " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
