package cn.yibao.guard.drg.scheme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import cn.yibao.guard.drg.engine.Adrg;
import cn.yibao.guard.drg.engine.CodeDictionary;
import cn.yibao.guard.drg.engine.CodeLists;
import cn.yibao.guard.drg.engine.CodeSet;
import cn.yibao.guard.drg.engine.ComplicationTables;
import cn.yibao.guard.drg.engine.DrgScheme;
import cn.yibao.guard.drg.engine.DrgSplit;
import cn.yibao.guard.drg.engine.Mdc;
import cn.yibao.guard.drg.engine.Rule;

/**
 * Turns the files of a scheme in the CHS-DRG layout (and optionally the national code lists) into a
 * {@link DrgScheme}. Every inconsistency is a {@link SchemeImportException} naming the file and line.
 */
public final class SchemeCompiler {

    private final SchemeText text;
    private final CodeSets sets;
    private final CodeDictionary diagnoses;
    private final CodeDictionary procedures;

    private SchemeCompiler(SchemeText text) {
        this.text = text;
        this.diagnoses = diagnosisDictionary(text);
        this.procedures = procedureDictionary(text);
        this.sets = new CodeSets(diagnoses, procedures);
    }

    /**
     * @param name      the scheme's name, e.g. {@code chs-drg-1.1}
     * @param scheme    the scheme's files
     * @param codeLists the national code lists, if cases are to be checked against them
     */
    public static DrgScheme compile(String name, SchemeFiles scheme, Optional<SchemeFiles> codeLists) {
        return new SchemeCompiler(SchemeText.read(scheme, codeLists)).build(name);
    }

    private DrgScheme build(String name) {
        SchemeProfile profile = text.profile();
        CodeSet operatingRoom = sets.procedures("the operating-room procedures (手术室手术)",
                text.operatingRoom().stream().map(ListEntry::code).toList());
        Map<String, MdcTable> tables = mdcTables();
        Map<String, DrgSplit> splits = DrgList.splits(text);
        Map<String, String> ambiguous = DrgList.ambiguousGroups(text);
        AdrgRules rules = new AdrgRules(sets, operatingRoom,
                code -> tables.containsKey(code) ? tables.get(code).table() : null);
        Map<String, List<Adrg>> adrgsByMdc = adrgs(rules, splits, tables.keySet());
        List<String> listed = text.mdcs().stream().map(ListEntry::code).toList();
        List<Mdc> mdcs = new ArrayList<>();
        for (String code : profile.order(listed)) {
            MdcTable table = tables.get(code);
            Rule entry = EntryRules.compile(profile.entry(code), code, table.table(), table.regions(),
                    operatingRoom, profile);
            mdcs.add(mdc(code, table, entry, adrgsByMdc.getOrDefault(code, List.of()), ambiguous.get(code)));
        }
        return new DrgScheme(name, diagnoses, procedures, mdcs, complications(), operatingRoom,
                codeLists(), profile.newbornMaxAgeDays(), DrgList.names(text));
    }

    private Mdc mdc(String code, MdcTable table, Rule entry, List<Adrg> adrgs, String ambiguousDrg) {
        Optional<String> residualCode = text.profile().residual(code);
        Adrg residual = residualCode.map(r -> adrgs.stream().filter(a -> a.code().equals(r)).findFirst()
                .orElseThrow(() -> text.profile().error("residual." + code + " names " + r
                        + ", which is not an ADRG of " + code))).orElse(null);
        List<Adrg> tried = adrgs.stream().filter(a -> a != residual).toList();
        return Mdc.of(code, table.name(), table.table(), entry, tried, residual, ambiguousDrg);
    }

    private Map<String, MdcTable> mdcTables() {
        Map<String, MdcTable> tables = new LinkedHashMap<>();
        for (ListEntry mdc : text.mdcs()) {
            ClauseSheet sheet = text.mdcSheets().get(mdc.code());
            if (sheet == null) {
                throw new SchemeImportException(SchemeText.MDC_LIST, mdc.line(), "no MDC/" + mdc.code()
                        + "_….dat file for " + mdc.code());
            }
            tables.put(mdc.code(), MdcTable.of(mdc, sheet, sets));
        }
        text.mdcSheets().keySet().stream().filter(c -> !tables.containsKey(c)).findFirst().ifPresent(c -> {
            throw text.mdcSheets().get(c).file().error(0, c + " is not in " + SchemeText.MDC_LIST);
        });
        return tables;
    }

    private Map<String, List<Adrg>> adrgs(AdrgRules rules, Map<String, DrgSplit> splits, Set<String> mdcs) {
        Map<String, List<Adrg>> byMdc = new HashMap<>();
        for (ListEntry adrg : text.adrgs()) {
            String mdc = "MDC" + adrg.code().charAt(0);
            ClauseSheet sheet = requireParts(adrg, mdcs.contains(mdc), splits.containsKey(adrg.code()));
            List<Rule> qualifiers = NameQualifiers.of(adrg.value(), text.profile().newbornMaxAgeDays());
            Rule rule = rules.compile(adrg.code(), sheet, qualifiers);
            byMdc.computeIfAbsent(mdc, m -> new ArrayList<>())
                    .add(new Adrg(adrg.code(), adrg.value(), rule, splits.get(adrg.code())));
        }
        Set<String> listed = new HashSet<>(text.adrgs().stream().map(ListEntry::code).toList());
        text.adrgSheets().keySet().stream().filter(c -> !listed.contains(c)).findFirst().ifPresent(c -> {
            throw text.adrgSheets().get(c).file().error(0, c + " is not in " + SchemeText.ADRG_LIST);
        });
        text.drgs().stream().filter(d -> !listed.contains(d.code().substring(0, 3)) && !DrgList.isAmbiguous(d.code()))
                .findFirst().ifPresent(d -> {
                    throw text.drgFile().error(d.line(), d.code() + " belongs to no ADRG of " + SchemeText.ADRG_LIST);
                });
        return byMdc;
    }

    /** The ADRG's clause sheet, once its MDC and DRGs are known to exist. */
    private ClauseSheet requireParts(ListEntry adrg, boolean hasMdc, boolean hasDrgs) {
        ClauseSheet sheet = text.adrgSheets().get(adrg.code());
        String missing = !hasMdc ? "no MDC MDC" + adrg.code().charAt(0)
                : sheet == null ? "no ADRG/" + adrg.code() + "_….dat file"
                : !hasDrgs ? "no DRG in " + SchemeText.DRG_LIST : null;
        if (missing != null) {
            throw new SchemeImportException(SchemeText.ADRG_LIST, adrg.line(), adrg.code() + " has " + missing);
        }
        return sheet;
    }

    private ComplicationTables complications() {
        return new ComplicationTables(tableNumbers(text.mcc(), text.mccFile()), tableNumbers(text.cc(), text.ccFile()),
                tableNumbers(text.exclusions(), text.exclusionFile()), text.profile().exclusionTablePrefix());
    }

    private int[] tableNumbers(List<ListEntry> entries, TextFile file) {
        int[] numbers = new int[diagnoses.size()];
        for (ListEntry entry : entries) {
            numbers[diagnoses.id(entry.code())] = entry.number(file);
        }
        return numbers;
    }

    private Optional<CodeLists> codeLists() {
        return text.codeLists().map(c -> new CodeLists(c.label(),
                sets.diagnoses(CodeListText.stem(c.diagnosisFile()), codes(c.diagnoses())),
                sets.procedures(CodeListText.stem(c.procedureFile()), codes(c.procedures())),
                sets.diagnoses("the gray diagnosis codes", codes(c.grayDiagnoses())),
                sets.procedures("the gray procedure codes", codes(c.grayProcedures()))));
    }

    private static List<String> codes(List<ListEntry> entries) {
        return entries.stream().map(ListEntry::code).toList();
    }

    private static CodeDictionary diagnosisDictionary(SchemeText text) {
        CodeDictionary.Builder builder = new CodeDictionary.Builder();
        text.codeLists().ifPresent(c -> Stream.concat(c.diagnoses().stream(), c.grayDiagnoses().stream())
                .forEach(e -> builder.add(e.code())));
        Stream.of(text.mcc(), text.cc(), text.exclusions()).flatMap(List::stream).forEach(e -> builder.add(e.code()));
        Stream.concat(text.mdcSheets().values().stream(), text.adrgSheets().values().stream())
                .flatMap(s -> s.codes(ClauseRole.Kind.DIAGNOSIS)).forEach(builder::add);
        return builder.build();
    }

    private static CodeDictionary procedureDictionary(SchemeText text) {
        CodeDictionary.Builder builder = new CodeDictionary.Builder();
        text.codeLists().ifPresent(c -> Stream.concat(c.procedures().stream(), c.grayProcedures().stream())
                .forEach(e -> builder.add(e.code())));
        text.operatingRoom().forEach(e -> builder.add(e.code()));
        text.adrgSheets().values().stream().flatMap(s -> s.codes(ClauseRole.Kind.PROCEDURE)).forEach(builder::add);
        return builder.build();
    }
}
