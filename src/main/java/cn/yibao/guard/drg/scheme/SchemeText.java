package cn.yibao.guard.drg.scheme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scheme in the CHS-DRG layout as read from its files, codes still as text: the MDC, ADRG and DRG lists,
 * the MDC tables and ADRG clauses, the MCC/CC/exclusion tables and the operating-room procedures.
 */
record SchemeText(SchemeProfile profile, List<ListEntry> mdcs, List<ListEntry> adrgs, List<ListEntry> drgs,
        TextFile drgFile, Map<String, ClauseSheet> mdcSheets, Map<String, ClauseSheet> adrgSheets,
        List<ListEntry> mcc, List<ListEntry> cc, List<ListEntry> exclusions, TextFile mccFile, TextFile ccFile,
        TextFile exclusionFile, List<ListEntry> operatingRoom, Optional<CodeListText> codeLists) {

    static final String MDC_LIST = "1_MDC.txt";
    static final String ADRG_LIST = "2_ADRG.txt";
    static final String DRG_LIST = "3_DRG.txt";
    static final String MCC = "tables/mcc.txt";
    static final String CC = "tables/cc.txt";
    static final String EXCLUSIONS = "tables/cc-exclusions.txt";
    static final String OPERATING_ROOM = "tables/or-procedures.txt";

    static SchemeText read(SchemeFiles files, Optional<SchemeFiles> codeFiles) {
        TextFile mdcList = files.require(MDC_LIST);
        TextFile adrgList = files.require(ADRG_LIST);
        TextFile drgList = files.require(DRG_LIST);
        TextFile mcc = files.require(MCC);
        TextFile cc = files.require(CC);
        TextFile exclusions = files.require(EXCLUSIONS);
        return new SchemeText(SchemeProfile.load(files),
                ListFile.read(mdcList, c -> c.matches("MDC[A-Z]"), "an MDC code such as MDCA"),
                ListFile.read(adrgList, c -> c.matches("[A-Z]{2}[0-9]"), "an ADRG code such as AA1"),
                ListFile.read(drgList, c -> c.matches("[A-Z]{2}([0-9]{2}|[A-Z]{1,2})?"), "a DRG code such as AA19"),
                drgList, sheets(files, "MDC", true), sheets(files, "ADRG", false),
                ListFile.read(mcc, Codes::isDiagnosis, "a diagnosis code"),
                ListFile.read(cc, Codes::isDiagnosis, "a diagnosis code"),
                ListFile.read(exclusions, Codes::isDiagnosis, "a diagnosis code"), mcc, cc, exclusions,
                ListFile.read(files.require(OPERATING_ROOM), Codes::isProcedure, "a procedure code"),
                codeFiles.map(CodeListText::read));
    }

    private static Map<String, ClauseSheet> sheets(SchemeFiles files, String directory, boolean mdc) {
        Map<String, ClauseSheet> sheets = new LinkedHashMap<>();
        for (TextFile file : files.directory(directory)) {
            if (!file.name().endsWith(".dat")) {
                continue;
            }
            ClauseSheet previous = sheets.put(file.code(), mdc ? ClauseParser.mdc(file) : ClauseParser.adrg(file));
            if (previous != null) {
                throw file.error(0, "a second file for " + file.code() + " (the first is "
                        + previous.file().path() + ")");
            }
        }
        if (sheets.isEmpty()) {
            throw new SchemeImportException(directory + "/", 0, "no .dat files found");
        }
        return sheets;
    }
}
