package cn.yibao.guard.order.nhsa;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.yibao.guard.order.CheckOutcome;
import cn.yibao.guard.order.api.OrderLineRequest;
import cn.yibao.guard.order.nhsa.Nhsa3101Mapper.Mapped;
import cn.yibao.guard.order.nhsa.Nhsa3101Response.Output;
import cn.yibao.guard.order.nhsa.Nhsa3101Response.Violation;
import cn.yibao.guard.order.nhsa.Nhsa3101Response.ViolationDetail;
import cn.yibao.guard.rules.engine.Judgement;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.Verdict;

/** Renders a check's outcome as the platform's 3101 result: one violation record per rule hit. */
final class Nhsa3101Answer {

    private static final DateTimeFormatter PLATFORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** The platform's 违规依据 holds at most 500 characters. */
    private static final int EVIDENCE_LENGTH = 500;

    private Nhsa3101Answer() {
    }

    static Nhsa3101Response of(CheckOutcome outcome, Mapped mapped, ZoneId zone, ObjectMapper json) {
        String checkId = outcome.checkId().toString();
        String taskId = mapped.taskId() == null || mapped.taskId().isBlank() ? checkId : mapped.taskId();
        Map<String, OrderLineRequest> lines = new HashMap<>();
        for (OrderLineRequest l : mapped.request().orders()) {
            lines.put(l.lineId(), l);
        }
        List<Violation> violations = new ArrayList<>(outcome.hits().size());
        for (int i = 0; i < outcome.hits().size(); i++) {
            violations.add(violation(outcome.hits().get(i), checkId + "-" + (i + 1), taskId, mapped, lines, json));
        }
        String now = LocalDateTime.now(zone).format(PLATFORM_TIME);
        String note = outcome.verdict() == Verdict.UNCHECKED
                ? "审核未能在时限内完成 (UNCHECKED): 未拦截, 请照常处理" : "";
        return new Nhsa3101Response(0, mapped.messageId() == null ? checkId : mapped.messageId(), now, now, note,
                new Output(violations, checkId, outcome.verdict().name(), outcome.unmatched()));
    }

    private static Violation violation(RuleHit hit, String jrId, String taskId, Mapped mapped,
            Map<String, OrderLineRequest> lines, ObjectMapper json) {
        List<ViolationDetail> details = new ArrayList<>(hit.lineIds().size());
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        for (int k = 0; k < hit.lineIds().size(); k++) {
            String lineId = hit.lineIds().get(k);
            BigDecimal amount = amount(lines.get(lineId));
            if (amount == null) {
                complete = false;
            } else {
                total = total.add(amount);
            }
            details.add(new ViolationDetail(jrId + "-" + (k + 1), mapped.patientId(), mapped.encounterId(), lineId,
                    "1", amount));
        }
        return new Violation(jrId, hit.ruleId(), hit.template(), hit.message(), mapped.patientId(),
                mapped.encounterId(), details, total, complete ? "1" : "0",
                hit.judgement() == Judgement.VIOLATION ? "1" : "2", evidence(hit, json), behaviour(hit.action()),
                taskId, hit.ruleVersion(), hit.severity().name(), hit.action().name(), hit.judgement().name(),
                hit.evidence(), hit.source());
    }

    private static BigDecimal amount(OrderLineRequest line) {
        if (line == null || line.unitPrice() == null) {
            return null;
        }
        return line.quantity().multiply(line.unitPrice()).setScale(2, RoundingMode.HALF_UP);
    }

    private static String behaviour(RuleAction action) {
        return switch (action) {
            case NOTIFY -> "1";
            case CONFIRM -> "2";
            case BLOCK -> "3";
        };
    }

    private static String evidence(RuleHit hit, ObjectMapper json) {
        try {
            String text = json.writeValueAsString(hit.evidence());
            return text.length() > EVIDENCE_LENGTH ? text.substring(0, EVIDENCE_LENGTH - 1) + "…" : text;
        } catch (JsonProcessingException e) {
            return "";
        }
    }
}
