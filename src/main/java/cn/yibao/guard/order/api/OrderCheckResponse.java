package cn.yibao.guard.order.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.Verdict;

/**
 * The check's answer. {@code checkId} names the check for the decision at signing and is given even when the
 * verdict is UNCHECKED (the check may still be recorded under that id once its work completes).
 */
@Schema(description = "Verdict, unmatched line ids and rule hits of one order check")
public record OrderCheckResponse(UUID checkId, Verdict verdict, List<String> unmatched, List<RuleHit> hits) {
}
