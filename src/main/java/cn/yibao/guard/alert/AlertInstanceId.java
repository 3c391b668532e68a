package cn.yibao.guard.alert;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * {@code yibao.alerts.instance-id}: a random id per process, naming this instance's own fan-out queue. Any other
 * source (environment, properties) overrides it.
 */
public class AlertInstanceId implements ConfigSource {

    static final String KEY = "yibao.alerts.instance-id";
    private final String id = UUID.randomUUID().toString();

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public String getValue(String propertyName) {
        return KEY.equals(propertyName) ? id : null;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(KEY, id);
    }

    @Override
    public String getName() {
        return "yibao-alert-instance-id";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
