package cn.yibao.guard.alert;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.order.DecisionService;
import cn.yibao.guard.order.api.OverrideReasonView;
import cn.yibao.guard.security.StaffUser;
import io.smallrye.mutiny.Uni;

/**
 * Alerts for people: listing scoped like the sockets, feedback (acknowledge, or override with one of the order
 * check's coded override reasons) and the figures by rule, department and doctor.
 */
@ApplicationScoped
public class AlertService {

    /** States feedback may leave: open, or acknowledged and now overridden after all. */
    private static final Set<AlertState> ACK_FROM = Set.of(AlertState.OPEN);
    private static final Set<AlertState> OVERRIDE_FROM = Set.of(AlertState.OPEN, AlertState.ACKNOWLEDGED);

    private final AlertRepository repository;
    private final DecisionService decisions;
    private final AlertFanOut fanOut;
    private final AlertFrames frames;

    public AlertService(AlertRepository repository, DecisionService decisions, AlertFanOut fanOut,
            AlertFrames frames) {
        this.repository = repository;
        this.decisions = decisions;
        this.fanOut = fanOut;
        this.frames = frames;
    }

    /**
     * A page of alerts. A physician or nurse sees their own station (and may name only it); the office roles see
     * every alert, or one station's.
     */
    public Uni<AlertPage> list(StaffUser user, Station station, AlertState state, int page, int size) {
        Station scope = station;
        if (!StationAccess.office(user)) {
            scope = station != null ? station : StationAccess.ownStation(user).orElseThrow(
                    () -> ProblemException.forbidden("Your token names no workstation (doctor_code) or ward"));
        }
        if (scope != null && !StationAccess.mayWatch(user, scope)) {
            throw ProblemException.forbidden("Station " + scope + " is not yours to watch");
        }
        return repository.page(scope, state, page, size);
    }

    /**
     * Feedback from REST or a socket ({@code via} the station, null for REST): state change, audit row, and an
     * {@code update} frame to every station that shows the alert, on every instance.
     */
    public Uni<Alert> feedback(long alertId, FeedbackRequest request, StaffUser user, Station via) {
        boolean override = isOverride(request);
        if (request.alertId() != null && request.alertId() != alertId) {
            throw ProblemException.invalidField("alertId", "is not the alert of the path (" + alertId + ")");
        }
        Uni<OverrideReasonView> reason = override ? reason(request) : Uni.createFrom().nullItem();
        return reason.flatMap(r -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            AlertState outcome = override ? AlertState.OVERRIDDEN : AlertState.ACKNOWLEDGED;
            AlertRepository.Feedback f = new AlertRepository.Feedback(alertId, outcome,
                    override ? request.reasonCode() : null, blankToNull(request.comment()), user.id(),
                    String.join(",", new TreeSet<>(user.roles())), via == null ? "rest" : "socket:" + via, now);
            return repository.feedback(f, current -> allow(current, alertId, user, via, outcome));
        }).invoke(updated -> fanOut.publish(List.of(frames.event(AlertEvent.Type.UPDATE, updated))));
    }

    public Uni<AlertStats> stats(OffsetDateTime from, OffsetDateTime to) {
        return repository.stats("rule_id", from, to).flatMap(byRule -> repository.stats("department_code", from, to)
                .flatMap(byDepartment -> repository.stats("doctor_code", from, to)
                        .map(byDoctor -> new AlertStats(from, to, byRule, byDepartment, byDoctor))));
    }

    static boolean isOverride(FeedbackRequest request) {
        if (request.type() == null) {
            return request.reasonCode() != null && !request.reasonCode().isBlank();
        }
        return switch (request.type()) {
            case "override" -> true;
            case "ack" -> false;
            default -> throw ProblemException.invalidField("type", "must be ack or override");
        };
    }

    private Uni<OverrideReasonView> reason(FeedbackRequest request) {
        if (request.reasonCode() == null || request.reasonCode().isBlank()) {
            throw ProblemException.invalidField("reasonCode",
                    "required when overriding; see /api/v1/orders/override-reasons");
        }
        return decisions.reasons().map(reasons -> {
            OverrideReasonView reason = reasons.stream().filter(r -> r.code().equals(request.reasonCode()))
                    .findFirst().orElseThrow(() -> ProblemException.invalidField("reasonCode",
                            "unknown reason code; see /api/v1/orders/override-reasons"));
            if (reason.requiresComment() && blankToNull(request.comment()) == null) {
                throw ProblemException.invalidField("comment", "required with reason " + reason.code());
            }
            return reason;
        });
    }

    private static void allow(Alert current, long alertId, StaffUser user, Station via, AlertState outcome) {
        if (current == null) {
            throw ProblemException.notFound("No alert " + alertId);
        }
        boolean visible = via != null ? via.shows(current) : StationAccess.maySee(user, current);
        if (!visible) {
            throw ProblemException.forbidden("Alert " + alertId + " is not shown on "
                    + (via != null ? "station " + via : "your stations"));
        }
        Set<AlertState> from = outcome == AlertState.OVERRIDDEN ? OVERRIDE_FROM : ACK_FROM;
        if (!from.contains(current.state())) {
            throw ProblemException.conflict("Alert " + alertId + " is " + current.state() + "; it can no longer be "
                    + (outcome == AlertState.OVERRIDDEN ? "overridden" : "acknowledged"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
