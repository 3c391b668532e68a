package cn.yibao.guard.drg.engine;

import java.util.Optional;

/**
 * The checks a case must pass before it is grouped. Each failure names the field at fault in the words of
 * the CSV columns, e.g. "birth_weight_g is required for a newborn (age ≤ 28 days)".
 */
final class CaseValidator {

    private final DrgScheme scheme;

    CaseValidator(DrgScheme scheme) {
        this.scheme = scheme;
    }

    /** Why {@code c} cannot be grouped, or empty if it can. */
    Optional<String> check(EncodedCase c) {
        String demographic = demographics(c);
        if (demographic != null) {
            return Optional.of(demographic);
        }
        if (c.diagnoses.length == 0) {
            return Optional.of("diagnoses: the case has no diagnosis");
        }
        return scheme.codeLists().map(lists -> codes(c, lists));
    }

    private String demographics(EncodedCase c) {
        if (c.sex == EncodedCase.ABSENT) {
            return "sex is missing";
        }
        if (!Sex.isValid(c.sex)) {
            return "sex must be 1 (male), 2 (female) or 9 (unknown), not " + c.sex;
        }
        if (c.ageYears == EncodedCase.ABSENT) {
            return "age_years is missing";
        }
        if (c.ageYears < 0 || (c.ageDays != EncodedCase.ABSENT && c.ageDays < 0)) {
            return "age_years and age_days cannot be negative";
        }
        if (c.ageYears == 0 && c.ageDays == EncodedCase.ABSENT) {
            return "age_days is required when age_years is 0";
        }
        if (isNewborn(c) && c.birthWeight == EncodedCase.ABSENT) {
            return "birth_weight_g is required for a newborn (age ≤ " + scheme.newbornMaxAgeDays() + " days)";
        }
        if (c.birthWeight != EncodedCase.ABSENT && c.birthWeight <= 0) {
            return "birth_weight_g must be positive";
        }
        return null;
    }

    private boolean isNewborn(EncodedCase c) {
        return c.ageYears == 0 && c.ageDays <= scheme.newbornMaxAgeDays();
    }

    private static String codes(EncodedCase c, CodeLists lists) {
        for (int i = 0; i < c.diagnoses.length; i++) {
            if (!lists.diagnoses().contains(c.diagnoses[i])) {
                return "diagnoses: " + c.diagnosisCode(i) + " is not in " + lists.diagnoses().label();
            }
        }
        for (int i = 0; i < c.procedures.length; i++) {
            if (!lists.procedures().contains(c.procedures[i])) {
                return "procedures: " + c.procedureCode(i) + " is not in " + lists.procedures().label();
            }
        }
        if (lists.grayDiagnoses().contains(c.diagnoses[0])) {
            return "diagnoses: the principal diagnosis " + c.diagnosisCode(0) + " is a gray code (灰码) of "
                    + lists.diagnoses().label() + " and may not be principal";
        }
        return null;
    }
}
