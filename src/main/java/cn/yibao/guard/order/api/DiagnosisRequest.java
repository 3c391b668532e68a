package cn.yibao.guard.order.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A diagnosis (ICD-10 医保版 code); at most one is principal. */
public record DiagnosisRequest(@NotBlank @Size(max = 32) String code, Boolean principal) {

    public boolean isPrincipal() {
        return Boolean.TRUE.equals(principal);
    }
}
