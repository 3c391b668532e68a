package cn.yibao.guard.rules.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Waivers (豁免) of rules: a rule does not apply to one patient (e.g. a filed special-drug approval, 特药备案) or
 * to one department, optionally within a validity period. Immutable and thread-safe; the service compiles the
 * active waivers with the rules ({@link #applyTo}), so the book that the order check evaluates honours them
 * without any I/O. A waived hit is simply not returned.
 */
public final class Exemptions {

    public static final Exemptions NONE = new Exemptions(Map.of(), 0);

    /**
     * One waiver: of the rule for the patient or (exclusively) the department, valid from {@code validFrom} to
     * {@code validUntil} inclusive (hospital calendar days; {@code null} means unbounded).
     */
    public record Exemption(long id, String ruleId, String patientId, String department, LocalDate validFrom,
            LocalDate validUntil) {

        /** Whether the waiver covers this encounter on this day. */
        public boolean covers(EncounterFacts facts, LocalDate day) {
            boolean subject = patientId != null ? patientId.equals(facts.patientId())
                    : department != null && department.equals(facts.department());
            return subject && (validFrom == null || !day.isBefore(validFrom))
                    && (validUntil == null || !day.isAfter(validUntil));
        }
    }

    /** A check's hits split into those that stand and those waived. */
    public record Split(List<RuleHit> kept, List<RuleHit> waived) {
    }

    private final Map<String, List<Exemption>> byRule;
    private final int size;

    private Exemptions(Map<String, List<Exemption>> byRule, int size) {
        this.byRule = byRule;
        this.size = size;
    }

    public static Exemptions of(Collection<Exemption> exemptions) {
        if (exemptions.isEmpty()) {
            return NONE;
        }
        Map<String, List<Exemption>> map = new HashMap<>();
        for (Exemption e : exemptions) {
            map.computeIfAbsent(e.ruleId(), k -> new ArrayList<>(2)).add(e);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new Exemptions(Map.copyOf(map), exemptions.size());
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The waiver of this rule that covers the encounter on this day, if any. */
    public Optional<Exemption> waiver(String ruleId, EncounterFacts facts, LocalDate day) {
        List<Exemption> candidates = byRule.get(ruleId);
        if (candidates == null || facts == null) {
            return Optional.empty();
        }
        for (Exemption e : candidates) {
            if (e.covers(facts, day)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Splits a check's hits. A waiver's validity is judged on the day of the line the hit judges (the last of its
     * {@code lineIds}: earlier lines of a pair come first), by its {@code orderedAt} in the hospital's zone, or
     * today when that line carries no time.
     */
    public Split split(CheckInput input, List<RuleHit> hits, ZoneId zone) {
        if (isEmpty() || hits.isEmpty()) {
            return new Split(hits, List.of());
        }
        List<RuleHit> kept = new ArrayList<>(hits.size());
        List<RuleHit> waived = new ArrayList<>();
        for (RuleHit hit : hits) {
            if (byRule.containsKey(hit.ruleId())
                    && waiver(hit.ruleId(), input.encounter(), dayOf(input, hit, zone)).isPresent()) {
                waived.add(hit);
            } else {
                kept.add(hit);
            }
        }
        return new Split(kept, waived);
    }

    /** The book with these waivers applied; the book itself when there are none. */
    public RuleBook applyTo(RuleBook book, ZoneId zone) {
        return isEmpty() ? book : new ExemptingBook(book, this, zone);
    }

    private static LocalDate dayOf(CheckInput input, RuleHit hit, ZoneId zone) {
        String judged = hit.lineIds().isEmpty() ? null : hit.lineIds().get(hit.lineIds().size() - 1);
        for (OrderLine line : input.lines()) {
            if (judged != null && judged.equals(line.lineId()) && line.orderedAt() != null) {
                return LocalDateTime.ofInstant(line.orderedAt().toInstant(), zone).toLocalDate();
            }
        }
        return LocalDate.now(zone);
    }

    /** A book whose hits pass through the waivers. */
    private static final class ExemptingBook implements RuleBook {

        private final RuleBook book;
        private final Exemptions exemptions;
        private final ZoneId zone;

        ExemptingBook(RuleBook book, Exemptions exemptions, ZoneId zone) {
            this.book = book;
            this.exemptions = exemptions;
            this.zone = zone;
        }

        @Override
        public List<RuleHit> evaluate(CheckInput input) {
            return exemptions.split(input, book.evaluate(input), zone).kept();
        }

        @Override
        public int size() {
            return book.size();
        }
    }
}
