package cn.yibao.guard.order.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The patient: an id of the hospital's choosing (never a name or ID-card number), sex (GB/T 2261.1: 1 male,
 * 2 female, 9 unknown) and date of birth.
 */
public record PatientRequest(
        @NotBlank @Size(max = 64) String id,
        @NotNull @IntIn({1, 2, 9}) Integer sex,
        @NotNull @PastOrPresent LocalDate birthDate) {
}
