package cn.yibao.guard.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.Severity;

/** The stations header a brokered change carries names exactly the stations the alert is routed to. */
class AlertRoutesHeaderTest {

    @Test
    void aCriticalAlertNamesDoctorWardDepartmentAndHospital() {
        String header = AlertFanOut.routes(alert(Severity.CRITICAL, "D01", "W3"));
        assertThat(header.split("\n")).containsExactly("physician/D01", "nurse/W3", "office/CARD", "office/hospital");
        for (String route : header.split("\n")) {
            assertThat(Station.parse(route, "header")).isIn(Station.routesOf(alert(Severity.CRITICAL, "D01", "W3")));
        }
    }

    @Test
    void aWarningWithoutWardNamesOnlyTheDoctor() {
        assertThat(AlertFanOut.routes(alert(Severity.WARNING, "D07", null)).split("\n"))
                .containsExactly("physician/D07");
    }

    private static Alert alert(Severity severity, String doctor, String ward) {
        OffsetDateTime now = OffsetDateTime.now();
        return new Alert(1L, UUID.randomUUID(), "E-1", "P-1", "CARD", ward, doctor, severity, RuleAction.CONFIRM,
                "VIOLATION", "R-1", 1, "SEX", "msg", List.of("O-1"), List.of(), "X", "stay", Map.of(), null, now, now,
                now, AlertState.OPEN, 1, 0);
    }
}
