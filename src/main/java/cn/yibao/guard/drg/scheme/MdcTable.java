package cn.yibao.guard.drg.scheme;

import java.util.ArrayList;
import java.util.List;

import cn.yibao.guard.drg.engine.CodeSet;

/**
 * An MDC's principal-diagnosis table (主诊表) and, for MDCZ, its body-region tables (头颈部创伤, 胸部创伤, …):
 * the codes listed after each region heading.
 */
record MdcTable(String name, CodeSet table, List<CodeSet> regions) {

    static MdcTable of(ListEntry mdc, ClauseSheet sheet, CodeSets sets) {
        List<String> all = new ArrayList<>();
        List<CodeSet> regions = new ArrayList<>();
        String region = null;
        List<String> regionCodes = new ArrayList<>();
        for (Clause clause : sheet.clauses()) {
            if (clause.role() == ClauseRole.REGION) {
                addRegion(region, regionCodes, regions, sets);
                region = clause.name();
                regionCodes = new ArrayList<>();
            } else if (clause.role() == ClauseRole.PRINCIPAL_DIAGNOSIS) {
                all.addAll(clause.codes());
                regionCodes.addAll(clause.codes());
            } else {
                throw sheet.file().error(clause.line(), "an MDC file may only list principal diagnoses");
            }
        }
        addRegion(region, regionCodes, regions, sets);
        return new MdcTable(mdc.value(), sets.diagnoses("the " + mdc.code() + " table", all), regions);
    }

    private static void addRegion(String region, List<String> codes, List<CodeSet> regions, CodeSets sets) {
        if (region != null) {
            regions.add(sets.diagnoses(region, codes));
        }
    }
}
