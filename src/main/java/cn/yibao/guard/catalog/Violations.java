package cn.yibao.guard.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Names Bean Validation violations the way an import reports them: a JSON path or a CSV column. */
final class Violations {

    private Violations() {
    }

    /** {@code restrictions.indications[1]}: the violation's path inside the validated document. */
    static String path(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    /** The CSV column a violation is about: the restriction's own name for restriction fields. */
    static String column(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getName());
            }
        }
        if (names.isEmpty()) {
            return "";
        }
        return names.get(0).equals("restrictions") && names.size() > 1 ? names.get(1) : names.get(0);
    }

    /** Violations in a stable order, so that the same file always reports the same first errors. */
    static <T> List<ConstraintViolation<T>> sorted(Set<ConstraintViolation<T>> violations) {
        return violations.stream().sorted(Comparator.comparing(Violations::path)
                .thenComparing(ConstraintViolation::getMessage)).toList();
    }
}
