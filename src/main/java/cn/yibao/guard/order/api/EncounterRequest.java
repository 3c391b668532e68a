package cn.yibao.guard.order.api;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;

/** 就诊: the encounter an order belongs to, as HIS knows it at the time of the check. */
public record EncounterRequest(
        @NotBlank @Size(max = 64) String id,
        @NotNull EncounterType type,
        @NotBlank @Size(max = 32) String department,
        @Size(max = 32) String ward,
        @NotNull OffsetDateTime admittedAt,
        @NotNull InsuranceType insuranceType,
        @NotNull @Min(1) @Max(3) Integer hospitalLevel,
        @NotNull @Valid PatientRequest patient,
        @AtMostOnePrincipal @Size(max = 50) List<@NotNull @Valid DiagnosisRequest> diagnoses) {

    public EncounterRequest {
        diagnoses = diagnoses == null ? List.of() : diagnoses;
    }
}
