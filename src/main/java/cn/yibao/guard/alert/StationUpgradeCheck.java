package cn.yibao.guard.alert;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;

/**
 * Refuses a station socket at the handshake: 401 without a valid token (the HTTP permission on {@code /ws/*}
 * answers that first), 403 when the caller may not watch the station, 400 for a {@code since} that is not an
 * alert id. A refused socket never opens.
 */
@ApplicationScoped
public class StationUpgradeCheck implements HttpUpgradeCheck {

    private static final Map<String, Station.Kind> KINDS = Map.of(PhysicianStationSocket.ID, Station.Kind.PHYSICIAN,
            NurseStationSocket.ID, Station.Kind.NURSE, OfficeStationSocket.ID, Station.Kind.OFFICE);
    private static final Map<Station.Kind, String> PARAMS = Map.of(Station.Kind.PHYSICIAN, "doctorCode",
            Station.Kind.NURSE, "wardCode", Station.Kind.OFFICE, "departmentCode");

    @Override
    public boolean appliesTo(String endpointId) {
        return KINDS.containsKey(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        Station.Kind kind = KINDS.get(context.endpointId());
        Station station = new Station(kind, context.pathParam(PARAMS.get(kind)));
        try {
            SinceParameter.of(context.httpRequest().query());
        } catch (IllegalArgumentException e) {
            return CheckResult.rejectUpgrade(400);
        }
        return context.securityIdentity().flatMap(identity -> {
            if (identity == null || identity.isAnonymous()) {
                return CheckResult.rejectUpgrade(401);
            }
            return StationAccess.mayWatch(cn.yibao.guard.security.StaffUser.of(identity), station)
                    ? CheckResult.permitUpgrade() : CheckResult.rejectUpgrade(403);
        });
    }
}
