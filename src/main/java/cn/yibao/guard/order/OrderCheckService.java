package cn.yibao.guard.order;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.yibao.guard.catalog.Catalog;
import cn.yibao.guard.catalog.CatalogService;
import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.order.api.DiagnosisRequest;
import cn.yibao.guard.order.api.EncounterRequest;
import cn.yibao.guard.order.api.OrderLineRequest;
import cn.yibao.guard.rules.RuleService;
import cn.yibao.guard.rules.engine.CheckInput;
import cn.yibao.guard.rules.engine.EncounterFacts;
import cn.yibao.guard.rules.engine.OrderLine;
import cn.yibao.guard.rules.engine.RuleBook;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.Verdict;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Vertx;

/**
 * 事前提醒: checks draft order lines against the insurance rules, given the encounter and its stay history, and
 * records encounter, check, lines and hits durably.
 * <p>
 * Per check: the lines are resolved through one catalogue snapshot in memory, then one database read loads the
 * encounter's recorded department, insurance types and the fingerprint of its earlier active lines, with the
 * lines themselves only when those kept from the stay's last check ({@link StayLinesCache}) are missing (a stale
 * entry is sent the ids of the active lines and the rows of the lines it lacks); the request's own line ids are
 * left out, so a retried line never counts against itself. The rule book evaluates in memory, and one statement
 * writes everything. The caller is answered when that statement has committed.
 * <p>
 * The deadline ({@code yibao.check.deadline}, counted from the request's arrival) never holds HIS up: when it
 * passes first, the caller gets {@code UNCHECKED} with the check's id at once, and the work carries on. If it
 * completes, the check is recorded under that same id with the verdict the rules gave and {@code answered =
 * UNCHECKED}, so the lines count for the stay and the office can see what the physician was not shown. If the
 * database is down, the work fails and nothing is recorded; HIS's next send of the same lines records them.
 * A failure inside the rule book is logged and recorded as an UNCHECKED check; it never fails the request.
 */
@ApplicationScoped
public class OrderCheckService {

    private static final Logger LOG = Logger.getLogger(OrderCheckService.class);

    private final CatalogService catalogs;
    private final RuleService rules;
    private final OrderCheckRepository repository;
    private final StayLinesCache stayLines;
    private final CheckAuthorisation authorisation;
    private final CheckMetrics metrics;
    private final OrderEvents events;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final long deadlineNanos;
    private final AtomicLong lastFailureLog = new AtomicLong();

    public OrderCheckService(CatalogService catalogs, RuleService rules, OrderCheckRepository repository,
            StayLinesCache stayLines, CheckAuthorisation authorisation, CheckMetrics metrics, OrderEvents events,
            ObjectMapper json, Vertx vertx,
            @ConfigProperty(name = "yibao.check.deadline") Duration deadline) {
        this.catalogs = catalogs;
        this.rules = rules;
        this.repository = repository;
        this.stayLines = stayLines;
        this.authorisation = authorisation;
        this.metrics = metrics;
        this.events = events;
        this.json = json;
        this.vertx = vertx;
        this.deadlineNanos = deadline.toNanos();
    }

    /**
     * Runs one check. Fails only for the caller's own faults (403 for a physician outside their department or
     * sending another doctor's line); every trouble of this service's answers UNCHECKED instead.
     */
    public Uni<CheckOutcome> check(CheckCommand command) {
        CheckCommand authorised;
        try {
            authorised = authorisation.authorise(command);
        } catch (ProblemException e) {
            return Uni.createFrom().failure(e);
        }
        Draft draft = draft(authorised);
        long remaining = deadlineNanos - (System.nanoTime() - command.startedNanos());
        return Uni.createFrom().emitter(emitter -> race(draft, remaining, emitter));
    }

    /**
     * Everything a check does in memory, without I/O: resolves the lines, evaluates the current rule book
     * against the given stay and builds the record the write would store. Used to warm the check path up at
     * start-up, so the first real checks do not run in a cold JVM against their deadline.
     */
    Rehearsal rehearse(CheckCommand command, StayHistory stay) {
        Draft draft = draft(authorisation.authorise(command));
        RuleBook book = rules.currentBook();
        StayLines lines = draft.resolver().stayLines(stay, null);
        List<OrderLine> history = draft.resolver().history(lines, ownLineIds(draft), command.priorLines());
        CheckOutcome outcome = evaluate(draft, stay, book, history);
        return new Rehearsal(outcome, record(draft, outcome, outcome.verdict(), history.size(), book.size()));
    }

    /** What a rehearsed check would answer and record. */
    record Rehearsal(CheckOutcome outcome, CheckRecord record) {
    }

    /** The lines resolved through one catalogue snapshot, before any I/O. */
    private Draft draft(CheckCommand authorised) {
        UUID checkId = CheckIds.next();
        Catalog catalog = catalogs.snapshot();
        LineResolver resolver = new LineResolver(catalog);
        List<OrderLineRequest> requested = authorised.request().orders();
        List<OrderLine> drafts = new ArrayList<>(requested.size());
        List<String> unmatched = new ArrayList<>();
        for (OrderLineRequest l : requested) {
            OrderLine line = resolver.resolve(l);
            drafts.add(line);
            if (!line.matched()) {
                unmatched.add(l.lineId());
            }
        }
        return new Draft(checkId, authorised, catalog, resolver, drafts, List.copyOf(unmatched));
    }

    /** Starts the work and a timer; whichever settles first answers. */
    private void race(Draft draft, long remainingNanos, UniEmitter<? super CheckOutcome> emitter) {
        CheckRun run = new CheckRun();
        long delayMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(remainingNanos));
        long timer = vertx.setTimer(delayMs, id -> {
            if (run.expire()) {
                metrics.answered(Verdict.UNCHECKED);
                emitter.complete(CheckOutcome.unchecked(draft.checkId(), draft.unmatched()));
            }
        });
        work(draft, run).subscribe().with(recorded -> {
            vertx.cancelTimer(timer);
            if (run.answer()) {
                metrics.answered(recorded.outcome().verdict());
                emitter.complete(recorded.outcome());
            } else if (recorded.answered() != Verdict.UNCHECKED) {
                markLate(draft.checkId());
            } else {
                metrics.lateRecorded();
            }
        }, failure -> {
            vertx.cancelTimer(timer);
            if (failure instanceof ProblemException problem) {
                if (run.answer()) {
                    emitter.fail(problem);
                }
                return;
            }
            logFailure(draft, failure);
            if (run.answer()) {
                metrics.answered(Verdict.UNCHECKED);
                emitter.complete(CheckOutcome.unchecked(draft.checkId(), draft.unmatched()));
            }
        });
    }

    /**
     * Read, evaluate, write. The read validates the stay's kept lines (or brings them), and after the write the
     * entry is kept with the lines this check inserted, so the stay's next check need not read them.
     */
    private Uni<Recorded> work(Draft draft, CheckRun run) {
        String encounterId = draft.command().request().encounter().id();
        StayLines kept = stayLines.find(encounterId, draft.catalog().version());
        return repository.loadStay(encounterId, kept).flatMap(stay -> {
            authorisation.authoriseRecorded(draft.command().user(), stay);
            StayLines current = draft.resolver().stayLines(stay, kept);
            stayLines.keep(encounterId, current);
            RuleBook book = rules.currentBook();
            List<OrderLine> history = draft.resolver().history(current, ownLineIds(draft),
                    draft.command().priorLines());
            CheckOutcome outcome = evaluate(draft, stay, book, history);
            Verdict answered = run.expired() ? Verdict.UNCHECKED : outcome.verdict();
            CheckRecord record = record(draft, outcome, answered, history.size(), book.size());
            return repository.record(record)
                    .invoke(inserted -> keepWritten(encounterId, current, draft, record, inserted))
                    .invoke(() -> events.checkRecorded(record, outcome))
                    .replaceWith(new Recorded(outcome, answered));
        });
    }

    private static Set<String> ownLineIds(Draft draft) {
        List<OrderLineRequest> orders = draft.command().request().orders();
        Set<String> ids = new HashSet<>(orders.size() * 2);
        for (OrderLineRequest line : orders) {
            ids.add(line.lineId());
        }
        return ids;
    }

    /** The stay's lines as they are after this write, if nobody else changed them meanwhile (the next read tells). */
    private void keepWritten(String encounterId, StayLines before, Draft draft, CheckRecord record,
            OrderCheckRepository.InsertedLines inserted) {
        if (inserted.lineIds().isEmpty()) {
            return;
        }
        Map<String, OrderLineRequest> written = new HashMap<>(record.lines().size() * 2);
        for (LineRecord line : record.lines()) {
            written.put(line.line().lineId(), line.line());
        }
        List<OrderLine> added = new ArrayList<>(inserted.lineIds().size());
        for (String lineId : inserted.lineIds()) {
            added.add(draft.resolver().asRecorded(written.get(lineId)));
        }
        stayLines.keep(encounterId, before.plus(added, inserted.hashes()));
    }

    private CheckOutcome evaluate(Draft draft, StayHistory stay, RuleBook book, List<OrderLine> history) {
        EncounterFacts facts = facts(draft.command().request().encounter(), stay);
        try {
            List<RuleHit> hits = book.evaluate(new CheckInput(facts, draft.lines(), history));
            return new CheckOutcome(draft.checkId(), Verdict.of(hits), draft.unmatched(), hits);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Rule book failed on check %s; answering UNCHECKED", draft.checkId());
            return CheckOutcome.unchecked(draft.checkId(), draft.unmatched());
        }
    }

    private CheckRecord record(Draft draft, CheckOutcome outcome, Verdict answered, int historyCount,
            int ruleCount) {
        CheckCommand command = draft.command();
        List<OrderLineRequest> requested = command.request().orders();
        List<LineRecord> lines = new ArrayList<>(requested.size() + command.priorLines().size());
        for (int i = 0; i < requested.size(); i++) {
            OrderLine resolved = draft.lines().get(i);
            lines.add(new LineRecord(requested.get(i), true, resolved.matched() ? resolved.item().code() : null));
        }
        for (OrderLineRequest prior : command.priorLines()) {
            OrderLine resolved = draft.resolver().resolve(prior);
            lines.add(new LineRecord(prior, false, resolved.matched() ? resolved.item().code() : null));
        }
        List<String> lineIds = requested.stream().map(OrderLineRequest::lineId).toList();
        return new CheckRecord(draft.checkId(), command.request().encounter(),
                diagnoses(command.request().encounter()), command.channel(), command.user().id(), lineIds,
                outcome.unmatched(), outcome.verdict(), answered, outcome.hits().size(), historyCount,
                draft.catalog().version(), ruleCount, OffsetDateTime.now(ZoneOffset.UTC), lines,
                HitsJson.of(outcome.hits(), json));
    }

    private static EncounterFacts facts(EncounterRequest e, StayHistory stay) {
        return new EncounterFacts(e.id(), e.type(), e.hospitalLevel(), e.insuranceType(), stay.insuranceTypes(),
                e.patient().id(), e.patient().sex(), e.patient().birthDate(), List.of(diagnoses(e)),
                e.admittedAt(), e.department(), e.ward());
    }

    /** Diagnosis codes, principal first, otherwise as sent. */
    static String[] diagnoses(EncounterRequest e) {
        List<DiagnosisRequest> all = e.diagnoses();
        String[] codes = new String[all.size()];
        int i = 0;
        for (DiagnosisRequest d : all) {
            if (d.isPrincipal()) {
                codes[i++] = d.code();
            }
        }
        for (DiagnosisRequest d : all) {
            if (!d.isPrincipal()) {
                codes[i++] = d.code();
            }
        }
        return codes;
    }

    private void markLate(UUID checkId) {
        repository.markAnswered(checkId, Verdict.UNCHECKED).subscribe().with(
                done -> metrics.lateRecorded(),
                failure -> LOG.warnf("Could not mark late check %s as answered UNCHECKED: %s", checkId,
                        failure.toString()));
    }

    /** Logs a failed check, at most once a second, so that a database outage does not flood the log. */
    private void logFailure(Draft draft, Throwable failure) {
        long now = System.currentTimeMillis();
        long last = lastFailureLog.get();
        if (now - last >= 1000 && lastFailureLog.compareAndSet(last, now)) {
            LOG.warnf("Check %s could not complete (answered UNCHECKED): %s", draft.checkId(), failure.toString());
        }
    }

    /** A check prepared in memory before any I/O. */
    private record Draft(UUID checkId, CheckCommand command, Catalog catalog, LineResolver resolver,
            List<OrderLine> lines, List<String> unmatched) {
    }

    /** The outcome as computed, and what the write recorded as answered. */
    private record Recorded(CheckOutcome outcome, Verdict answered) {
    }
}
