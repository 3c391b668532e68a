package cn.yibao.guard.security;

import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.yibao.guard.common.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The caller as the service sees them: user id, roles and the organisational claims of the token
 * ({@code department}, {@code ward}, {@code doctor_code}).
 */
public record StaffUser(String id, Set<String> roles, Optional<String> department, Optional<String> ward,
        Optional<String> doctorCode) {

    public static final String DEPARTMENT_CLAIM = "department";
    public static final String WARD_CLAIM = "ward";
    public static final String DOCTOR_CODE_CLAIM = "doctor_code";

    public static StaffUser of(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return new StaffUser(jwt.getSubject(), Set.copyOf(identity.getRoles()),
                    claim(jwt, DEPARTMENT_CLAIM), claim(jwt, WARD_CLAIM), claim(jwt, DOCTOR_CODE_CLAIM));
        }
        return new StaffUser(identity.getPrincipal().getName(), Set.copyOf(identity.getRoles()),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Optional<String> claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString();
        // JSON string claims may arrive as JsonString whose toString() keeps the quotes.
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** True for roles that see every department (HIS, insurance office, supervisors, admins). */
    public boolean seesWholeHospital() {
        return roles.stream().anyMatch(Roles.HOSPITAL_WIDE::contains);
    }

    /** Whether this user may see the encounters of {@code departmentCode}. */
    public boolean maySee(String departmentCode) {
        return seesWholeHospital() || department.map(d -> d.equals(departmentCode)).orElse(false);
    }

    /** Refuses with 403 unless the user may see the department's encounters. */
    public void requireDepartment(String departmentCode) {
        if (!maySee(departmentCode)) {
            throw ProblemException.forbidden("Encounters of department " + departmentCode
                    + " are not visible to you");
        }
    }

    /**
     * The department a department-scoped user is limited to; empty for hospital-wide roles.
     * A physician or nurse whose token carries no department sees nothing and is refused.
     */
    public Optional<String> departmentScope() {
        if (seesWholeHospital()) {
            return Optional.empty();
        }
        return Optional.of(department.orElseThrow(
                () -> ProblemException.forbidden("Your token carries no department claim")));
    }
}
