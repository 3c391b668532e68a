package cn.yibao.guard.catalog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The lower age bound of a restriction may not exceed the upper one; reported on {@code maxAgeYears}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AgeRange.Validator.class)
public @interface AgeRange {

    String message() default "must be ≥ minAgeYears";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AgeRange, RestrictionsDocument> {

        @Override
        public boolean isValid(RestrictionsDocument value, ConstraintValidatorContext context) {
            if (value == null || value.minAgeYears() == null || value.maxAgeYears() == null
                    || value.minAgeYears() <= value.maxAgeYears()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("maxAgeYears").addConstraintViolation();
            return false;
        }
    }
}
