package cn.yibao.guard.rules;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A waiver to create ({@code POST /api/v1/rules/exemptions}): of one rule, for one patient ({@code patientId},
 * e.g. a filed special-drug approval 特药备案) or one department ({@code department}), never both.
 *
 * @param reference  optional: the filing's number or document (备案号)
 * @param validFrom  optional first day (hospital calendar), inclusive
 * @param validUntil optional last day, inclusive
 */
public record NewExemption(
        @NotBlank @Size(max = 64) String ruleId,
        @Size(min = 1, max = 64) String patientId,
        @Size(min = 1, max = 32) String department,
        @NotBlank @Size(max = 500) String reason,
        @Size(max = 128) String reference,
        LocalDate validFrom,
        LocalDate validUntil) {
}
