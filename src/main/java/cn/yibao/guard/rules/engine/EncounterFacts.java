package cn.yibao.guard.rules.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;

/**
 * What the engine knows of the encounter when it checks an order.
 *
 * @param sex                   1 male, 2 female, 9 unknown
 * @param diagnoses             ICD-10 医保版 codes, principal first
 * @param earlierInsuranceTypes insurance types recorded earlier in the same stay (for 费别变更)
 */
public record EncounterFacts(String encounterId, EncounterType type, int hospitalLevel,
        InsuranceType insuranceType, List<InsuranceType> earlierInsuranceTypes, String patientId, int sex,
        LocalDate birthDate, List<String> diagnoses, OffsetDateTime admittedAt, String department, String ward) {

    public EncounterFacts {
        earlierInsuranceTypes = earlierInsuranceTypes == null ? List.of() : List.copyOf(earlierInsuranceTypes);
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
    }
}
