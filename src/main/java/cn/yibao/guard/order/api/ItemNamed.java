package cn.yibao.guard.order.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An order line names its item by itemCode, hisCode or genericName, at least one (reported at itemCode). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ItemNamed.Validator.class)
public @interface ItemNamed {

    String message() default "at least one of itemCode, hisCode, genericName is required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ItemNamed, OrderLineRequest> {

        @Override
        public boolean isValid(OrderLineRequest line, ConstraintValidatorContext context) {
            if (line == null || present(line.itemCode()) || present(line.hisCode()) || present(line.genericName())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("itemCode").addConstraintViolation();
            return false;
        }

        private static boolean present(String s) {
            return s != null && !s.isBlank();
        }
    }
}
