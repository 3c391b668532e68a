package cn.yibao.guard.alert;

import java.util.Optional;
import java.util.Set;

import cn.yibao.guard.security.Roles;
import cn.yibao.guard.security.StaffUser;

/**
 * Who may watch which station: a physician only their own workstation (token claim {@code doctor_code}), a nurse
 * only their own ward's station (claim {@code ward}), and the insurance office, supervisors and administrators
 * the office streams. The same rules scope the REST listing and feedback.
 */
final class StationAccess {

    /** Roles that watch the office streams and see every alert of the hospital over REST. */
    static final Set<String> OFFICE_ROLES = Set.of(Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN);

    private StationAccess() {
    }

    static boolean mayWatch(StaffUser user, Station station) {
        return switch (station.kind()) {
            case PHYSICIAN -> user.hasRole(Roles.PHYSICIAN) && matches(user.doctorCode(), station.code());
            case NURSE -> user.hasRole(Roles.NURSE) && matches(user.ward(), station.code());
            case OFFICE -> office(user);
        };
    }

    /** Whether the user may see (and give feedback on) an alert outside a socket. */
    static boolean maySee(StaffUser user, Alert alert) {
        if (office(user)) {
            return true;
        }
        return Station.routesOf(alert).stream().anyMatch(s -> mayWatch(user, s));
    }

    static boolean office(StaffUser user) {
        return user.roles().stream().anyMatch(OFFICE_ROLES::contains);
    }

    /** The station a physician or nurse watches when none is named; empty for office roles and others. */
    static Optional<Station> ownStation(StaffUser user) {
        if (user.hasRole(Roles.PHYSICIAN) && user.doctorCode().isPresent()) {
            return Optional.of(Station.physician(user.doctorCode().get()));
        }
        if (user.hasRole(Roles.NURSE) && user.ward().isPresent()) {
            return Optional.of(Station.nurse(user.ward().get()));
        }
        return Optional.empty();
    }

    private static boolean matches(Optional<String> claim, String code) {
        return claim.map(code::equals).orElse(false);
    }
}
