package cn.yibao.guard.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.yibao.guard.common.ProblemException;

/**
 * A station that shows alerts: a physician workstation (医生工作站, per doctor code), a nurse station (护士站, per
 * ward) or an insurance-office stream (医保办, per department, or {@code hospital} for all departments).
 * Written {@code physician/D01}, {@code nurse/W3}, {@code office/CARD}, {@code office/hospital}.
 */
public record Station(Kind kind, String code) {

    /** The office stream of the whole hospital. */
    public static final String HOSPITAL = "hospital";

    public enum Kind {
        PHYSICIAN, NURSE, OFFICE;

        String path() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static Station physician(String doctorCode) {
        return new Station(Kind.PHYSICIAN, doctorCode);
    }

    public static Station nurse(String wardCode) {
        return new Station(Kind.NURSE, wardCode);
    }

    public static Station office(String departmentOrHospital) {
        return new Station(Kind.OFFICE, departmentOrHospital);
    }

    /** Parses {@code kind/code} as the REST {@code station} parameter carries it; 400 naming the field if not. */
    public static Station parse(String text, String field) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw ProblemException.invalidField(field, "must be physician/{doctorCode}, nurse/{wardCode}, "
                    + "office/{departmentCode} or office/hospital");
        }
        String kind = text.substring(0, slash).toUpperCase(Locale.ROOT);
        for (Kind k : Kind.values()) {
            if (k.name().equals(kind)) {
                return new Station(k, text.substring(slash + 1));
            }
        }
        throw ProblemException.invalidField(field, "unknown station kind '" + text.substring(0, slash) + "'");
    }

    /**
     * Where an alert goes: the ordering doctor's workstation and the ward's nurse station; critical alerts also
     * to the office streams of the department and of the hospital.
     */
    public static List<Station> routesOf(Alert alert) {
        List<Station> stations = new ArrayList<>(4);
        if (alert.doctorCode() != null) {
            stations.add(physician(alert.doctorCode()));
        }
        if (alert.ward() != null) {
            stations.add(nurse(alert.ward()));
        }
        if (alert.critical()) {
            stations.add(office(alert.department()));
            stations.add(office(HOSPITAL));
        }
        return stations;
    }

    public boolean shows(Alert alert) {
        return routesOf(alert).contains(this);
    }

    @Override
    public String toString() {
        return kind.path() + "/" + code;
    }
}
