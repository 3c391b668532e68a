package cn.yibao.guard.stay;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An encounter as other features read it: where it is, who pays, the patient's sex and birth date, the
 * diagnoses (principal first) and every insurance type it was checked under, first seen first (费别变更).
 */
public record Stay(String id, EncounterType type, String department, String ward, OffsetDateTime admittedAt,
        InsuranceType insuranceType, List<InsuranceType> insuranceTypes, int hospitalLevel, String patientId,
        int sex, LocalDate birthDate, List<String> diagnoses, OffsetDateTime firstSeenAt, OffsetDateTime updatedAt) {
}
