package cn.yibao.guard.drg.engine;

/**
 * The national code lists a case is checked against before grouping: ICD-10 医保版 2.0 diagnoses,
 * ICD-9-CM-3 医保版 2.0 procedures, and their gray codes (灰码), which may not be used as principal diagnosis.
 */
public record CodeLists(String label, CodeSet diagnoses, CodeSet procedures, CodeSet grayDiagnoses,
        CodeSet grayProcedures) {
}
