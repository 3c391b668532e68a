package cn.yibao.guard.rules;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.yibao.guard.rules.engine.Judgement;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.Severity;

/**
 * A rule to create ({@code POST /api/v1/rules}).
 *
 * @param id      optional: the client's id (letters, digits, {@code . _ : -}); the server assigns {@code R-<n>}
 *                when absent. Ids of the form {@code R-<number>} are reserved for the server.
 * @param enabled optional, default true
 */
public record NewRule(
        @Pattern(regexp = RuleIds.PATTERN, message = RuleIds.MESSAGE) String id,
        @NotBlank @Size(max = 64) String template,
        @NotBlank @Size(max = 256) String name,
        Map<String, Object> parameters,
        @NotNull Severity severity,
        @NotNull RuleAction action,
        @NotNull Judgement judgement,
        ScopeView scope,
        Boolean enabled,
        @Size(max = 4000) String note) {
}
