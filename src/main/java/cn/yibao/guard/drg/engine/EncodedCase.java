package cn.yibao.guard.drg.engine;

import java.util.List;

/**
 * A {@link GroupingCase} with its codes replaced by dictionary ids, which is what rules test.
 * Missing numbers are {@link #ABSENT}.
 */
public final class EncodedCase {

    public static final int ABSENT = Integer.MIN_VALUE;

    final GroupingCase source;
    final int sex;
    final int ageYears;
    final int ageDays;
    final int birthWeight;
    final int[] diagnoses;
    final int[] procedures;

    EncodedCase(GroupingCase source, CodeDictionary diagnosisCodes, CodeDictionary procedureCodes) {
        this.source = source;
        this.sex = orAbsent(source.sex());
        this.ageYears = orAbsent(source.ageYears());
        this.ageDays = orAbsent(source.ageDays());
        this.birthWeight = orAbsent(source.birthWeightGrams());
        this.diagnoses = encode(source.diagnoses(), diagnosisCodes);
        this.procedures = encode(source.procedures(), procedureCodes);
    }

    public boolean hasProcedures() {
        return procedures.length > 0;
    }

    public int principalDiagnosis() {
        return diagnoses.length > 0 ? diagnoses[0] : CodeDictionary.UNKNOWN;
    }

    public int principalProcedure() {
        return procedures.length > 0 ? procedures[0] : CodeDictionary.UNKNOWN;
    }

    public String diagnosisCode(int index) {
        return source.diagnoses().get(index);
    }

    public String procedureCode(int index) {
        return source.procedures().get(index);
    }

    /** The value of a demographic variable, or {@link #ABSENT}. */
    public int value(Variable variable) {
        return switch (variable) {
            case SEX -> sex;
            case AGE_YEARS -> ageYears;
            case AGE_DAYS -> ageDays;
            case BIRTH_WEIGHT -> birthWeight;
        };
    }

    private static int orAbsent(Integer value) {
        return value == null ? ABSENT : value;
    }

    private static int[] encode(List<String> codes, CodeDictionary dictionary) {
        int[] ids = new int[codes.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = dictionary.id(codes.get(i));
        }
        return ids;
    }

    /** The demographic fields that rules can compare with a number. */
    public enum Variable {
        SEX("sex", ""), AGE_YEARS("age", " years"), AGE_DAYS("age in days", " days"),
        BIRTH_WEIGHT("birth weight", " g");

        private final String label;
        private final String unit;

        Variable(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        public String label() {
            return label;
        }

        public String unit() {
            return unit;
        }
    }
}
