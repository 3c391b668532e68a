package cn.yibao.guard.order.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Line ids are unique within one request; the duplicate is reported at {@code orders[i].lineId}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UniqueLineIds.Validator.class)
public @interface UniqueLineIds {

    String message() default "duplicates another line id of this request";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<UniqueLineIds, OrderCheckRequest> {

        @Override
        public boolean isValid(OrderCheckRequest request, ConstraintValidatorContext context) {
            List<OrderLineRequest> orders = request == null ? null : request.orders();
            if (orders == null) {
                return true;
            }
            Map<String, Integer> seen = new HashMap<>(orders.size() * 2);
            boolean valid = true;
            for (int i = 0; i < orders.size(); i++) {
                OrderLineRequest line = orders.get(i);
                if (line == null || line.lineId() == null) {
                    continue;
                }
                Integer first = seen.putIfAbsent(line.lineId(), i);
                if (first != null) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                    }
                    valid = false;
                    context.buildConstraintViolationWithTemplate("duplicates the line id of orders[" + first + "]")
                            .addPropertyNode("orders").addPropertyNode("lineId").inIterable().atIndex(i)
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
