package cn.yibao.guard.order.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Encounters of the synthetic hospital, each with {@code --history} earlier active orders over the synthetic
 * catalogue, written straight into the order check's tables in a few set-based statements.
 */
public class StayFixture implements BenchFixture {

    @Override
    public String name() {
        return "stays";
    }

    @Override
    public String load(SyntheticHospital hospital, Connection db, BenchOptions options) throws Exception {
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            clear(st);
        }
        try (PreparedStatement st = db.prepareStatement("""
                INSERT INTO encounter (id, type, department_code, ward_code, admitted_at, insurance_type,
                       hospital_level, patient_id, patient_sex, patient_birth_date, diagnoses, first_seen_at,
                       updated_at)
                SELECT 'BENCH-' || lpad(g::text, 6, '0'), 'INPATIENT',
                       (ARRAY['CARD','GAST','ORTH','PED','OBGY','URO'])[g % 6 + 1], NULL, ?::timestamptz,
                       'EMPLOYEE', 3, 'BP-' || g, 1 + g % 2, date '1950-01-01' + (g % 20000),
                       ARRAY['I21.000','E11.900']::varchar[], now(), now()
                  FROM generate_series(0, ?) g
                """)) {
            // Exactly as OrderBodies describes the encounter, so that checks leave the encounter row alone.
            st.setString(1, OrderBodies.ADMITTED_AT);
            st.setInt(2, hospital.encounters() - 1);
            st.executeUpdate();
        }
        try (Statement st = db.createStatement()) {
            st.execute("""
                    INSERT INTO encounter_insurance (encounter_id, insurance_type, first_seen_at, check_id)
                    SELECT id, 'EMPLOYEE', first_seen_at, gen_random_uuid() FROM encounter WHERE id LIKE 'BENCH-%'
                    """);
            st.execute("""
                    INSERT INTO order_check (id, encounter_id, channel, requested_by, line_ids, unmatched, verdict,
                           answered, hit_count, history_count, catalog_version, rule_count, checked_at)
                    SELECT gen_random_uuid(), id, 'BENCH_SETUP', 'bench', '{}', '{}', 'PASS', 'PASS', 0, 0, 0, 0,
                           first_seen_at
                      FROM encounter WHERE id LIKE 'BENCH-%'
                    """);
        }
        try (PreparedStatement st = db.prepareStatement("""
                INSERT INTO order_line (encounter_id, line_id, check_id, draft, item_code, his_code, generic_name,
                       name, matched_code, quantity, unit_price, frequency, days, doctor_code, long_term, ordered_at,
                       recorded_at)
                SELECT c.encounter_id, 'H' || lpad(k::text, 4, '0'), c.id, true,
                       s.codes[1 + (((hashtext(c.encounter_id) & 65535)::int8 * 131 + k * 7919) % cardinality(s.codes))::int], NULL, NULL,
                       '历史医嘱 ' || k, NULL, 1 + k % 3, 12.50, 'qd', 1, 'D01', k % 4 = 0,
                       c.checked_at + k * interval '30 minutes', c.checked_at
                  FROM order_check c, generate_series(1, ?) k, (SELECT ?::varchar[] AS codes) s
                 WHERE c.encounter_id LIKE 'BENCH-%' AND c.channel = 'BENCH_SETUP'
                """)) {
            st.setInt(1, options.history);
            st.setArray(2, db.createArrayOf("varchar", hospital.itemCodes().toArray()));
            st.executeUpdate();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement st = db.createStatement()) {
            st.execute("VACUUM ANALYZE encounter, encounter_insurance, order_check, order_line");
        }
        return hospital.encounters() + " encounters with " + options.history + " earlier orders each";
    }

    /** Forgets every benchmark encounter with its checks, lines, hits, decisions and alerts. */
    static void clear(Statement st) throws Exception {
        clearAlerts(st);
        st.execute("DELETE FROM alert_check WHERE check_id IN "
                + "(SELECT id FROM order_check WHERE encounter_id LIKE 'BENCH-%')");
        st.execute("DELETE FROM order_hit WHERE check_id IN (SELECT id FROM order_check WHERE encounter_id LIKE 'BENCH-%')");
        st.execute("DELETE FROM order_decision WHERE encounter_id LIKE 'BENCH-%'");
        st.execute("DELETE FROM order_line WHERE encounter_id LIKE 'BENCH-%'");
        st.execute("DELETE FROM order_check WHERE encounter_id LIKE 'BENCH-%'");
        st.execute("DELETE FROM encounter_insurance WHERE encounter_id LIKE 'BENCH-%'");
        st.execute("DELETE FROM encounter WHERE id LIKE 'BENCH-%'");
    }

    /**
     * Removes what a run added (its checks, lines and alerts), so that every run starts from the same history. The
     * set-up raises no alerts, so every alert of a benchmark encounter is a run's: left in place, a repeat would
     * fold into alerts whose line lists grew run after run, and later runs would write ever larger rows.
     */
    static void restore(Connection db, java.time.OffsetDateTime since) throws Exception {
        try (Statement alerts = db.createStatement()) {
            clearAlerts(alerts);
        }
        try (PreparedStatement raised = db.prepareStatement("DELETE FROM alert_check WHERE check_id IN "
                + "(SELECT id FROM order_check WHERE encounter_id LIKE 'BENCH-%' AND checked_at >= ?)");
                PreparedStatement hits = db.prepareStatement("DELETE FROM order_hit WHERE check_id IN "
                + "(SELECT id FROM order_check WHERE encounter_id LIKE 'BENCH-%' AND checked_at >= ?)");
                PreparedStatement lines = db.prepareStatement(
                        "DELETE FROM order_line WHERE encounter_id LIKE 'BENCH-%' AND recorded_at >= ?");
                PreparedStatement checks = db.prepareStatement(
                        "DELETE FROM order_check WHERE encounter_id LIKE 'BENCH-%' AND checked_at >= ?");
                Statement vacuum = db.createStatement()) {
            for (PreparedStatement st : new PreparedStatement[] {raised, hits, lines, checks}) {
                st.setObject(1, since);
                st.executeUpdate();
            }
            vacuum.execute("VACUUM ANALYZE order_line, order_check, order_hit, alert, alert_check");
        }
    }

    private static void clearAlerts(Statement st) throws Exception {
        String ofBench = "(SELECT id FROM alert WHERE encounter_id LIKE 'BENCH-%')";
        st.execute("DELETE FROM alert_feedback WHERE alert_id IN " + ofBench);
        st.execute("DELETE FROM alert_outbox WHERE alert_id IN " + ofBench);
        st.execute("DELETE FROM alert WHERE encounter_id LIKE 'BENCH-%'");
    }
}
