package cn.yibao.guard.alert.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The benchmark's synthetic hospital seen from its stations: departments, their wards (one nurse station each)
 * and doctors (one workstation each), every station assigned to one of the instances in turn. Codes start with
 * {@code AB-} so that they never meet the demo hospital's.
 */
final class StationPlan {

    static final String PREFIX = "AB-";

    private final int instances;
    private final List<String> departments = new ArrayList<>();
    private final List<Station> nurses = new ArrayList<>();
    private final List<Station> physicians = new ArrayList<>();
    /** Wards by department and instance, to pair a doctor with a ward whose station is on the same instance. */
    private final Map<String, List<Station>> wardsByDepartmentAndInstance = new HashMap<>();
    private final Map<String, List<Station>> wardsByDepartment = new HashMap<>();
    private final Map<Integer, List<Station>> physiciansByInstance = new HashMap<>();

    StationPlan(int sockets, double nurseShare, int departmentCount, int instances) {
        if (sockets < 2 || instances < 1 || departmentCount < 1) {
            throw new IllegalArgumentException("need at least 2 sockets, 1 instance and 1 department");
        }
        this.instances = instances;
        int wards = Math.max(1, (int) Math.round(sockets * nurseShare));
        int doctors = sockets - wards;
        for (int d = 0; d < departmentCount; d++) {
            departments.add(String.format("%sD%02d", PREFIX, d));
        }
        int slot = 0;
        for (int w = 0; w < wards; w++) {
            // Wards go round the departments, instances round the stations: a department's wards land on every
            // instance when the department has at least as many wards as there are instances.
            Station ward = new Station(Station.Kind.NURSE, String.format("%sW%04d", PREFIX, w),
                    departments.get(w / instances % departmentCount), slot++ % instances);
            nurses.add(ward);
            wardsByDepartment.computeIfAbsent(ward.department(), k -> new ArrayList<>()).add(ward);
            wardsByDepartmentAndInstance.computeIfAbsent(ward.department() + "@" + ward.instance(),
                    k -> new ArrayList<>()).add(ward);
        }
        for (int x = 0; x < doctors; x++) {
            Station doctor = new Station(Station.Kind.PHYSICIAN, String.format("%sX%05d", PREFIX, x),
                    departments.get(x % departmentCount), slot++ % instances);
            physicians.add(doctor);
            physiciansByInstance.computeIfAbsent(doctor.instance(), k -> new ArrayList<>()).add(doctor);
        }
    }

    int instances() {
        return instances;
    }

    List<String> departments() {
        return departments;
    }

    List<Station> nurses() {
        return nurses;
    }

    List<Station> physicians() {
        return physicians;
    }

    /** Every station, nurse stations first. */
    List<Station> stations() {
        List<Station> all = new ArrayList<>(nurses);
        all.addAll(physicians);
        return all;
    }

    /** The stations one check alerts: its doctor's workstation and the nurse station of the encounter's ward. */
    record Target(Station doctor, Station ward) {
    }

    /**
     * A doctor connected to {@code instance} and a ward of the doctor's department, on the same instance when the
     * department has one there.
     */
    Target target(int instance, SplittableRandom random) {
        List<Station> doctors = physiciansByInstance.get(instance);
        if (doctors == null) {
            throw new IllegalArgumentException("no workstation is connected to instance " + instance);
        }
        Station doctor = doctors.get(random.nextInt(doctors.size()));
        List<Station> wards = wardsByDepartmentAndInstance.get(doctor.department() + "@" + instance);
        if (wards == null) {
            wards = wardsByDepartment.getOrDefault(doctor.department(), nurses);
        }
        return new Target(doctor, wards.get(random.nextInt(wards.size())));
    }
}
