package cn.yibao.guard.rules;

import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.yibao.guard.rules.engine.Judgement;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.Severity;

/**
 * An edit of a rule ({@code PUT /api/v1/rules/{id}}): the whole new content, which becomes the next version.
 * Enabling and disabling have their own endpoints; the rule's source is kept.
 *
 * @param expectedVersion the version the edit was made from; when another edit came first, the answer is 409
 */
public record RuleEdit(
        @NotNull @Min(1) Integer expectedVersion,
        @NotBlank @Size(max = 64) String template,
        @NotBlank @Size(max = 256) String name,
        Map<String, Object> parameters,
        @NotNull Severity severity,
        @NotNull RuleAction action,
        @NotNull Judgement judgement,
        ScopeView scope,
        @Size(max = 4000) String note) {
}
