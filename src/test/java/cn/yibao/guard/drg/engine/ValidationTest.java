package cn.yibao.guard.drg.engine;

import static cn.yibao.guard.drg.SharedData.adult;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.drg.SharedData;

/** Cases that cannot be grouped as given are INVALID with a reason naming the field. */
class ValidationTest {

    private final DrgGrouper grouper = SharedData.grouper();

    @Test
    void missingSex() {
        assertInvalid(new GroupingCase("T", null, 40, null, null, 3, "1", List.of("K22.301"), List.of()), "sex is missing");
    }

    @Test
    void sexOutsideTheVocabulary() {
        assertInvalid(adult(3, 40, "K22.301", ""), "sex must be 1 (male), 2 (female) or 9 (unknown)");
    }

    @Test
    void noDiagnosis() {
        assertInvalid(adult(1, 40, "", "96.0800x005"), "diagnoses: the case has no diagnosis");
    }

    @Test
    void aDiagnosisOutsideTheNationalList() {
        assertInvalid(adult(1, 40, "K22.301|K99.999", ""), "diagnoses: K99.999 is not in icd10-yb-2.0");
    }

    @Test
    void aProcedureOutsideTheNationalList() {
        assertInvalid(adult(1, 40, "K22.301", "99.9999x999"), "procedures: 99.9999x999 is not in icd9cm3-yb-2.0");
    }

    @Test
    void aGrayCodeAsPrincipalDiagnosis() {
        assertInvalid(adult(1, 40, "A00.000|K22.301", ""), "the principal diagnosis A00.000 is a gray code");
    }

    @Test
    void aGrayCodeAsSecondaryDiagnosisIsAllowed() {
        assertThat(grouper.group(adult(1, 40, "K22.301|A00.000", "")).status()).isEqualTo(GroupingStatus.GROUPED);
    }

    @Test
    void anInfantWithoutAgeInDays() {
        assertInvalid(new GroupingCase("T", 1, 0, null, 3000, 3, "1", List.of("P59.901"), List.of()),
                "age_days is required when age_years is 0");
    }

    private void assertInvalid(GroupingCase c, String reason) {
        GroupingResult result = grouper.explain(c);
        assertThat(result.status()).isEqualTo(GroupingStatus.INVALID);
        assertThat(result.drg()).isEqualTo(GroupingResult.NOT_GROUPED);
        assertThat(result.mdc()).isNull();
        assertThat(result.reason()).contains(reason);
        assertThat(result.trace()).singleElement().asString().startsWith("invalid: ");
    }
}
