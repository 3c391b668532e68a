package cn.yibao.guard.order;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.yibao.guard.common.FieldError;
import cn.yibao.guard.common.Problem;
import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.order.api.OrderCheckRequest;
import cn.yibao.guard.order.api.OrderLineRequest;
import cn.yibao.guard.security.StaffUser;

/**
 * Who may check what. HIS (and any hospital-wide role) checks any encounter's orders. A physician checks only
 * encounters of their own department, as sent and as recorded (a patient transferred to another department is
 * that department's), and only their own orders: a line without {@code doctorCode} is filled in with the
 * token's {@code doctor_code}, a line naming another doctor is refused (403), because the decision at signing
 * and the override statistics are attributed to the doctor on the line.
 */
@ApplicationScoped
public class CheckAuthorisation {

    /** The command with the physician's doctor code filled in, or a 403 problem. */
    public CheckCommand authorise(CheckCommand command) {
        StaffUser user = command.user();
        if (user.seesWholeHospital()) {
            return command;
        }
        String department = user.departmentScope().orElseThrow();
        OrderCheckRequest request = command.request();
        if (!department.equals(request.encounter().department())) {
            throw forbidden("encounter.department", "Encounters of department " + request.encounter().department()
                    + " are not visible to you", "not your department (" + department + ")");
        }
        String doctorCode = user.doctorCode().orElseThrow(
                () -> ProblemException.forbidden("Your token carries no doctor_code claim"));
        List<OrderLineRequest> lines = new ArrayList<>(request.orders().size());
        for (int i = 0; i < request.orders().size(); i++) {
            OrderLineRequest line = request.orders().get(i);
            if (line.doctorCode() == null || line.doctorCode().isBlank()) {
                line = line.withDoctorCode(doctorCode);
            } else if (!line.doctorCode().equals(doctorCode)) {
                throw forbidden("orders[" + i + "].doctorCode", "A physician checks only their own orders",
                        "not your doctor code (" + doctorCode + ")");
            }
            lines.add(line);
        }
        return new CheckCommand(new OrderCheckRequest(request.encounter(), lines), command.priorLines(),
                command.channel(), user, command.startedNanos());
    }

    /** A physician may not check an encounter recorded under another department. */
    public void authoriseRecorded(StaffUser user, StayHistory stay) {
        if (stay.known() && !user.maySee(stay.department())) {
            throw forbidden("encounter.department", "The encounter is recorded under department "
                    + stay.department() + ", which is not visible to you", "recorded under another department");
        }
    }

    private static ProblemException forbidden(String field, String detail, String message) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail,
                List.of(new FieldError(field, message))));
    }
}
