package cn.yibao.guard.alert;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import cn.yibao.guard.order.CheckRecorded;
import cn.yibao.guard.rules.engine.RuleHit;

/**
 * An alert about to be written: one rule hit for the lines of one ordering doctor. Repeats within one write
 * batch are grouped by key here and merged into one row (the database merges repeats across batches).
 */
record AlertCandidate(UUID checkId, String encounterId, String patientId, String department, String ward,
        String doctorCode, RuleHit hit, List<String> lineIds, String itemCode, String window, OffsetDateTime seenAt,
        int count) {

    static final int MAX_ITEM_CODE = 400;

    /** The dedup key: same rule, same encounter, same item, same window. */
    String key() {
        return encounterId + '\u0000' + hit.ruleId() + '\u0000' + itemCode + '\u0000' + window;
    }

    AlertCandidate mergedWith(AlertCandidate later) {
        LinkedHashSet<String> lines = new LinkedHashSet<>(lineIds);
        boolean added = lines.addAll(later.lineIds);
        return new AlertCandidate(checkId, encounterId, patientId, department, ward, doctorCode, later.hit,
                List.copyOf(lines), itemCode, window, later.seenAt, added ? count + later.count : count);
    }

    /** Every hit of a check as candidates, split by the doctor who ordered the lines concerned. */
    static List<AlertCandidate> of(CheckRecorded check, DedupWindows windows) {
        Map<String, CheckRecorded.Line> lines = new LinkedHashMap<>();
        for (CheckRecorded.Line l : check.lines()) {
            lines.put(l.lineId(), l);
        }
        List<AlertCandidate> candidates = new ArrayList<>();
        for (RuleHit hit : check.hits()) {
            Map<String, List<CheckRecorded.Line>> byDoctor = new LinkedHashMap<>();
            for (String id : hit.lineIds()) {
                CheckRecorded.Line line = lines.getOrDefault(id, new CheckRecorded.Line(id, null, null, null));
                byDoctor.computeIfAbsent(Objects.toString(line.doctorCode(), ""), k -> new ArrayList<>()).add(line);
            }
            String window = windows.windowOf(hit.template(), hit.evidence(), check.recordedAt());
            byDoctor.forEach((doctor, ofDoctor) -> candidates.add(new AlertCandidate(check.checkId(),
                    check.encounterId(), check.patientId(), check.department(), check.ward(),
                    doctor.isEmpty() ? null : doctor, hit, ofDoctor.stream().map(CheckRecorded.Line::lineId).toList(),
                    itemCode(ofDoctor), window, check.recordedAt(), 1)));
        }
        return candidates;
    }

    /** Candidates grouped by key, each group in the order given, groups in the order of their first candidate. */
    static List<List<AlertCandidate>> byKey(List<AlertCandidate> candidates) {
        Map<String, List<AlertCandidate>> byKey = new LinkedHashMap<>();
        for (AlertCandidate c : candidates) {
            byKey.computeIfAbsent(c.key(), k -> new ArrayList<>(2)).add(c);
        }
        return List.copyOf(byKey.values());
    }

    private static String itemCode(List<CheckRecorded.Line> lines) {
        TreeSet<String> codes = new TreeSet<>();
        for (CheckRecorded.Line l : lines) {
            if (l.itemCode() != null) {
                codes.add(l.itemCode());
            }
        }
        String joined = String.join("+", codes);
        return joined.length() > MAX_ITEM_CODE ? joined.substring(0, MAX_ITEM_CODE) : joined;
    }
}
