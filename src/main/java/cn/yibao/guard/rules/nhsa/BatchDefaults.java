package cn.yibao.guard.rules.nhsa;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.yibao.guard.rules.engine.Judgement;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.Severity;

/**
 * What a batch's rules start with at its first import: the batch type's default tiers, unless configured
 * ({@code yibao.nhsa.tiers."<type>"=SEVERITY/ACTION/JUDGEMENT}), and disabled unless
 * {@code yibao.nhsa.enable-on-import=true}: the office runs a dry run and tunes the tiers first.
 */
@ApplicationScoped
public class BatchDefaults {

    private final Config config;
    private final boolean enableOnImport;

    public BatchDefaults(Config config,
            @ConfigProperty(name = "yibao.nhsa.enable-on-import", defaultValue = "false") boolean enableOnImport) {
        this.config = config;
        this.enableOnImport = enableOnImport;
    }

    public BatchPolicy initial(BatchType type) {
        return new BatchPolicy(tiers(type), enableOnImport);
    }

    BatchTiers tiers(BatchType type) {
        String key = "yibao.nhsa.tiers.\"" + type.stem() + "\"";
        Optional<String> configured = config.getOptionalValue(key, String.class);
        if (configured.isEmpty()) {
            return type.defaults();
        }
        String[] parts = configured.get().trim().split("\\s*/\\s*");
        try {
            BatchTiers tiers = new BatchTiers(Severity.valueOf(parts[0]), RuleAction.valueOf(parts[1]),
                    Judgement.valueOf(parts[2]));
            if (parts.length == 3 && tiers.valid()) {
                return tiers;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new IllegalStateException(key + " must be SEVERITY/ACTION/JUDGEMENT (BLOCK only with CRITICAL), e.g."
                + " WARNING/CONFIRM/SUSPICIOUS; it is '" + configured.get() + "'");
    }
}
