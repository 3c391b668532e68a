package cn.yibao.guard.rules.engine;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.yibao.guard.catalog.CatalogItem;

/**
 * What one evaluation knows: the encounter, the settings, and the stay's lines (history, then the draft lines)
 * with indexes built once per evaluation and only when a rule first asks for them, so that 200 rules over a
 * stay of 200 earlier lines still look each line up in a hash map rather than scanning the history.
 */
public final class RuleContext {

    private static final EncounterFacts UNKNOWN = new EncounterFacts(null, null, 0, null, null, null, 9, null,
            null, null, null, null);

    private final EncounterFacts encounter;
    private final EngineSettings settings;
    private final StayLine[] all;
    private final List<StayLine> drafts;
    private Map<String, List<StayLine>> byKey;
    private Map<String, List<StayLine>> byGenericName;
    private Map<String, List<StayLine>> byIngredient;
    private Map<String, List<StayLine>> byDrugClass;
    private Map<String, List<StayLine>> excluders;
    private List<String> diagnosisKeys;

    public RuleContext(CheckInput input, EngineSettings settings) {
        this.encounter = input.encounter() == null ? UNKNOWN : input.encounter();
        this.settings = settings;
        List<OrderLine> lines = input.lines();
        List<OrderLine> history = withoutDrafts(input.history(), lines);
        this.all = new StayLine[history.size() + lines.size()];
        int seq = 0;
        for (OrderLine line : history) {
            all[seq] = new StayLine(line, seq, false, settings.zone());
            seq++;
        }
        for (OrderLine line : lines) {
            all[seq] = new StayLine(line, seq, true, settings.zone());
            seq++;
        }
        this.drafts = Collections.unmodifiableList(Arrays.asList(all).subList(history.size(), all.length));
    }

    /** A retried line must never meet itself: history lines that carry a draft line's id are left out. */
    private static List<OrderLine> withoutDrafts(List<OrderLine> history, List<OrderLine> drafts) {
        if (history.isEmpty()) {
            return history;
        }
        java.util.Set<String> ids = new java.util.HashSet<>(drafts.size() * 2);
        for (OrderLine draft : drafts) {
            if (draft.lineId() != null) {
                ids.add(draft.lineId());
            }
        }
        List<OrderLine> kept = null;
        for (int i = 0; i < history.size(); i++) {
            OrderLine line = history.get(i);
            if (line.lineId() != null && ids.contains(line.lineId())) {
                if (kept == null) {
                    kept = new ArrayList<>(history.subList(0, i));
                }
            } else if (kept != null) {
                kept.add(line);
            }
        }
        return kept == null ? history : kept;
    }

    public EncounterFacts encounter() {
        return encounter;
    }

    public EngineSettings settings() {
        return settings;
    }

    /** The draft lines being checked, in request order. */
    public List<StayLine> drafts() {
        return drafts;
    }

    /** Every line of the stay: history first, then the draft lines. */
    public List<StayLine> all() {
        return Collections.unmodifiableList(Arrays.asList(all));
    }

    /** Lines of the same item as this one (by {@link StayLine#key()}), itself included, in stay order. */
    public List<StayLine> sameItem(StayLine line) {
        return withKey(line.key());
    }

    /** Lines carrying this national code, in stay order. */
    public List<StayLine> withCode(String code) {
        return code == null ? List.of() : withKey(code);
    }

    private List<StayLine> withKey(String key) {
        if (byKey == null) {
            byKey = index(StayLine::key);
        }
        return byKey.getOrDefault(key, List.of());
    }

    public List<StayLine> withGenericName(String name) {
        if (name == null) {
            return List.of();
        }
        if (byGenericName == null) {
            byGenericName = index(StayLine::genericName);
        }
        return byGenericName.getOrDefault(name, List.of());
    }

    public List<StayLine> withIngredient(String ingredient) {
        if (ingredient == null) {
            return List.of();
        }
        if (byIngredient == null) {
            byIngredient = index(StayLine::ingredient);
        }
        return byIngredient.getOrDefault(ingredient, List.of());
    }

    public List<StayLine> withDrugClass(String drugClass) {
        if (drugClass == null) {
            return List.of();
        }
        if (byDrugClass == null) {
            byDrugClass = index(StayLine::drugClass);
        }
        return byDrugClass.getOrDefault(drugClass, List.of());
    }

    /** Lines whose catalogue entry says they exclude this code (项目互斥 seen from the other side). */
    public List<StayLine> excludersOf(String code) {
        if (code == null) {
            return List.of();
        }
        if (excluders == null) {
            excluders = new HashMap<>();
            for (StayLine line : all) {
                CatalogItem item = line.item();
                if (item != null) {
                    for (String excluded : item.restrictions().excludesItems()) {
                        excluders.computeIfAbsent(excluded, k -> new ArrayList<>(2)).add(line);
                    }
                }
            }
        }
        return excluders.getOrDefault(code, List.of());
    }

    /** The encounter's diagnoses as comparison keys ({@link #icdKey}), in the order given. */
    public List<String> diagnosisKeys() {
        if (diagnosisKeys == null) {
            List<String> keys = new ArrayList<>(encounter.diagnoses().size());
            for (String code : encounter.diagnoses()) {
                String key = icdKey(code);
                if (key != null) {
                    keys.add(key);
                }
            }
            diagnosisKeys = List.copyOf(keys);
        }
        return diagnosisKeys;
    }

    /** An ICD-10 code or prefix as compared: upper case without dots or spaces ({@code i21.0} → {@code I210}). */
    public static String icdKey(String code) {
        if (code == null) {
            return null;
        }
        StringBuilder key = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c != '.' && !Character.isWhitespace(c)) {
                key.append(Character.toUpperCase(c));
            }
        }
        return key.isEmpty() ? null : key.toString();
    }

    /**
     * The patient's age in whole years on the line's day (hospital zone), or today when the line carries no
     * time; {@code null} when the birth date is unknown.
     */
    public Integer ageAt(StayLine line) {
        LocalDate birth = encounter.birthDate();
        if (birth == null) {
            return null;
        }
        LocalDate on = line.day() != null ? line.day() : LocalDate.now(settings.zone());
        return on.isBefore(birth) ? 0 : Period.between(birth, on).getYears();
    }

    /**
     * The patient's age in days on the line's day (hospital zone), or today when the line carries no time;
     * {@code null} when the birth date is unknown. The day of birth is day 0.
     */
    public Long ageInDaysAt(StayLine line) {
        LocalDate birth = encounter.birthDate();
        if (birth == null) {
            return null;
        }
        LocalDate on = line.day() != null ? line.day() : LocalDate.now(settings.zone());
        return on.isBefore(birth) ? 0L : java.time.temporal.ChronoUnit.DAYS.between(birth, on);
    }

    private Map<String, List<StayLine>> index(Function<StayLine, String> key) {
        Map<String, List<StayLine>> map = new HashMap<>(all.length * 2);
        for (StayLine line : all) {
            String k = key.apply(line);
            if (k != null) {
                map.computeIfAbsent(k, x -> new ArrayList<>(2)).add(line);
            }
        }
        return map;
    }
}
