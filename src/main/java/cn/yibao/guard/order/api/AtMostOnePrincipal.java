package cn.yibao.guard.order.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An encounter has at most one principal diagnosis (主要诊断). */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AtMostOnePrincipal.Validator.class)
public @interface AtMostOnePrincipal {

    String message() default "at most one diagnosis may be principal";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AtMostOnePrincipal, List<DiagnosisRequest>> {

        @Override
        public boolean isValid(List<DiagnosisRequest> diagnoses, ConstraintValidatorContext context) {
            if (diagnoses == null) {
                return true;
            }
            int principal = 0;
            for (DiagnosisRequest d : diagnoses) {
                if (d != null && d.isPrincipal()) {
                    principal++;
                }
            }
            return principal <= 1;
        }
    }
}
