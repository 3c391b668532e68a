package cn.yibao.guard.rules;

import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.yibao.guard.rules.engine.EngineSettings;
import cn.yibao.guard.rules.engine.RuleCompiler;
import cn.yibao.guard.rules.engine.RuleTemplates;

/**
 * The rule engine as the service configures it: the hospital's zone, the ages that count as a child and as
 * working age, and the templates (standard and NHSA batch templates).
 */
@ApplicationScoped
public class RuleEngineConfig {

    @Produces
    @Singleton
    EngineSettings settings(@ConfigProperty(name = "yibao.hospital.zone") ZoneId zone,
            @ConfigProperty(name = "yibao.rules.child-max-age") int childMaxAge,
            @ConfigProperty(name = "yibao.rules.working-age-max", defaultValue = "59") int workingMaxAge) {
        return new EngineSettings(zone, childMaxAge, workingMaxAge);
    }

    @Produces
    @Singleton
    RuleCompiler compiler(EngineSettings settings) {
        return new RuleCompiler(RuleTemplates.nhsa(), settings);
    }
}
