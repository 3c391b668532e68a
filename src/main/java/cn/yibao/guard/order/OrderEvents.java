package cn.yibao.guard.order;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;

import cn.yibao.guard.order.api.DecisionOutcome;
import cn.yibao.guard.order.api.DecisionView;
import cn.yibao.guard.order.api.EncounterRequest;
import cn.yibao.guard.order.api.OrderLineRequest;

/** Tells other features what the order check recorded; a failing observer is logged, never propagated. */
@ApplicationScoped
public class OrderEvents {

    private static final Logger LOG = Logger.getLogger(OrderEvents.class);

    private final Event<CheckRecorded> checks;
    private final Event<LinesWithdrawn> withdrawals;
    private final Event<DecisionRecorded> decisions;

    public OrderEvents(Event<CheckRecorded> checks, Event<LinesWithdrawn> withdrawals,
            Event<DecisionRecorded> decisions) {
        this.checks = checks;
        this.withdrawals = withdrawals;
        this.decisions = decisions;
    }

    void checkRecorded(CheckRecord record, CheckOutcome outcome) {
        EncounterRequest e = record.encounter();
        List<CheckRecorded.Line> lines = record.lines().stream().filter(LineRecord::draft)
                .map(l -> line(l.line(), l.matchedCode())).toList();
        fire(() -> checks.fire(new CheckRecorded(record.checkId(), e.id(), e.type(), e.patient().id(),
                e.department(), e.ward(), record.verdict(), record.answered(), lines, outcome.hits(),
                record.checkedAt())));
    }

    void linesWithdrawn(String encounterId, List<String> lineIds, String how, String by) {
        fire(() -> withdrawals.fire(new LinesWithdrawn(encounterId, List.copyOf(lineIds), how, by,
                OffsetDateTime.now(ZoneOffset.UTC))));
    }

    void decisionRecorded(DecisionView decision) {
        fire(() -> decisions.fire(new DecisionRecorded(decision)));
        if (decision.outcome() == DecisionOutcome.CANCELLED) {
            linesWithdrawn(decision.encounterId(), decision.lineIds(), DecisionOutcome.CANCELLED.name(),
                    decision.decidedBy());
        }
    }

    private static CheckRecorded.Line line(OrderLineRequest l, String matchedCode) {
        String code = matchedCode != null ? matchedCode : l.itemCode();
        return new CheckRecorded.Line(l.lineId(), code, l.name(), l.doctorCode());
    }

    private static void fire(Runnable firing) {
        try {
            firing.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "An observer of the order check failed; the check itself is unaffected");
        }
    }
}
