package cn.yibao.guard.rules;

import java.util.List;

import cn.yibao.guard.rules.engine.ParameterSpec;
import cn.yibao.guard.rules.engine.RuleTemplate;

/** A rule template with its parameter documentation ({@code GET /api/v1/rules/templates}). */
public record TemplateView(String id, String name, String description, List<ParameterSpec> parameters,
        List<String> catalogueFields, List<String> evidence) {

    static TemplateView of(RuleTemplate template) {
        return new TemplateView(template.id(), template.name(), template.description(), template.parameters(),
                template.catalogueFields(), template.evidence());
    }
}
