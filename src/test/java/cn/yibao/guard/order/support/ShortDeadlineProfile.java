package cn.yibao.guard.order.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The order check's tests of the deadline itself: one second, still longer than production's 300 ms. */
public class ShortDeadlineProfile extends OrderTestProfile {

    public static final long DEADLINE_MS = 1000;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("yibao.check.deadline", DEADLINE_MS + "ms");
        return config;
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FailingItemRuleService.class);
    }
}
