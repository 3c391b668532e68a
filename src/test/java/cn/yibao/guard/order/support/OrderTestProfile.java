package cn.yibao.guard.order.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The order check's tests, against the real catalogue and rules ({@link OrderTestData}). The deadline is far longer than in production so that a busy build machine never turns a verdict into UNCHECKED;
 * the deadline's own tests use {@link ShortDeadlineProfile}.
 */
public class OrderTestProfile implements QuarkusTestProfile {

    public static final long DEADLINE_MS = 30_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("yibao.check.deadline", DEADLINE_MS + "ms");
    }
}
