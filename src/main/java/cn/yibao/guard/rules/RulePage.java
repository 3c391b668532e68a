package cn.yibao.guard.rules;

import java.util.List;

/** One page of rules, ordered by id; {@code total} counts every rule that matches the filter. */
public record RulePage(List<RuleView> items, int page, int size, long total) {
}
