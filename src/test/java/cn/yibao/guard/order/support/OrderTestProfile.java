package cn.yibao.guard.order.support;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The order check's tests: the fixed catalogue and rule book stand in for the features not merged yet. The
 * deadline is far longer than in production so that a busy build machine never turns a verdict into UNCHECKED;
 * the deadline's own tests use {@link ShortDeadlineProfile}.
 */
public class OrderTestProfile implements QuarkusTestProfile {

    public static final long DEADLINE_MS = 30_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("yibao.check.deadline", DEADLINE_MS + "ms");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FixedCatalogService.class, FixedRuleService.class);
    }
}
