package cn.yibao.guard.rules.nhsa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The codes sheet of a drug batch: which national drug codes (20 or 23 characters) carry each generic name.
 * The code column is 国标代码, or 药品代码 as in b1-drug-sex-codes.
 */
final class DrugCodes {

    private DrugCodes() {
    }

    /** Generic name → its codes (sorted, so that the stored rules do not depend on the sheet's order). */
    static Map<String, Set<String>> read(BatchType type, Sheet sheet, List<String> warnings) {
        Columns c = Columns.of(sheet);
        int name = c.required("药品通用名");
        int code = c.required("国标代码", "药品代码");
        int kind = c.optional("限定类型");
        String expected = type.restrictionType().orElseThrow();
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        int duplicates = 0;
        List<Integer> blank = new ArrayList<>();
        for (Sheet.Row row : c.data()) {
            if (row.blank()) {
                blank.add(row.number());
                continue;
            }
            String generic = row.cell(name);
            String value = row.cell(code);
            if (generic.isEmpty()) {
                throw new SheetException(sheet.name(), row.number(), c.name(name), "is empty");
            }
            if (!BatchParser.drugCode(value)) {
                throw new SheetException(sheet.name(), row.number(), c.name(code), "'" + value + "' is not a national "
                        + "drug code (20 or 23 letters and digits, starting with a letter)");
            }
            if (kind >= 0 && !row.cell(kind).isEmpty() && !row.cell(kind).equals(expected)) {
                throw new SheetException(sheet.name(), row.number(), c.name(kind), "限定类型 is '" + row.cell(kind)
                        + "' but the codes of " + type.stem() + " are '" + expected + "'; is it this batch's codes"
                        + " sheet?");
            }
            if (!codes.computeIfAbsent(generic, g -> new TreeSet<>()).add(value)) {
                duplicates++;
            }
        }
        if (duplicates > 0) {
            warnings.add(duplicates + " rows of the codes sheet repeat a code already listed for the same drug");
        }
        if (!blank.isEmpty()) {
            warnings.add("codes sheet: " + blank.size() + " empty rows ignored (first: row " + blank.get(0) + ")");
        }
        return codes;
    }

    /** The generic names of the codes sheet that the batch does not list (their codes make no rule). */
    static List<String> unused(Map<String, Set<String>> codes, Set<String> names) {
        List<String> out = new ArrayList<>();
        for (String generic : codes.keySet()) {
            if (!names.contains(generic)) {
                out.add(generic);
            }
        }
        return out;
    }
}
