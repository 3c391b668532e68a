package cn.yibao.guard.alert.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * Writes the synthetic hospital's departments, wards and doctors (科室、病区、医生) into the instances' database,
 * so that stations and encounters name an organisation the service knows. Idempotent: rows are upserted.
 */
final class StationFixture {

    private StationFixture() {
    }

    static String load(Connection db, StationPlan plan, List<Station> extra) throws Exception {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (PreparedStatement departments = db.prepareStatement("INSERT INTO department (code, name) VALUES (?, ?) "
                + "ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name");
                PreparedStatement wards = db.prepareStatement("INSERT INTO ward (code, name, department_code) "
                        + "VALUES (?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, "
                        + "department_code = EXCLUDED.department_code");
                PreparedStatement doctors = db.prepareStatement("INSERT INTO doctor (code, name, department_code, "
                        + "title) VALUES (?, ?, ?, '主治医师') ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, "
                        + "department_code = EXCLUDED.department_code")) {
            for (String d : plan.departments()) {
                departments.setString(1, d);
                departments.setString(2, "压测科室 " + d);
                departments.addBatch();
            }
            departments.executeBatch();
            int wardCount = 0;
            int doctorCount = 0;
            for (Station s : concat(plan.stations(), extra)) {
                PreparedStatement st = s.kind() == Station.Kind.NURSE ? wards : doctors;
                st.setString(1, s.code());
                st.setString(2, (s.kind() == Station.Kind.NURSE ? "压测病区 " : "压测医生 ") + s.code());
                st.setString(3, s.department());
                st.addBatch();
                if (s.kind() == Station.Kind.NURSE) {
                    wardCount++;
                } else {
                    doctorCount++;
                }
            }
            wards.executeBatch();
            doctors.executeBatch();
            db.commit();
            return plan.departments().size() + " departments, " + wardCount + " wards, " + doctorCount + " doctors";
        } catch (Exception e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static List<Station> concat(List<Station> a, List<Station> b) {
        List<Station> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
