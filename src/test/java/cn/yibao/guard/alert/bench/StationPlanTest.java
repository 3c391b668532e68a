package cn.yibao.guard.alert.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The synthetic hospital's stations: spread evenly, one per doctor and ward, and checks target one instance. */
class StationPlanTest {

    @Test
    void stationsAreSpreadOverTheInstancesWithOneSocketPerDoctorAndWard() {
        StationPlan plan = new StationPlan(5_000, 0.1, 30, 2);

        assertThat(plan.stations()).hasSize(5_000);
        assertThat(plan.nurses()).hasSize(500);
        assertThat(new HashSet<>(plan.stations().stream().map(Station::key).toList())).hasSize(5_000);
        assertThat(plan.stations().stream().filter(s -> s.instance() == 0)).hasSize(2_500);
        assertThat(plan.stations()).allSatisfy(s -> assertThat(s.code().length()).isLessThanOrEqualTo(32));
        assertThat(plan.nurses().get(3).path()).isEqualTo("/ws/stations/nurse/AB-W0003");
    }

    @Test
    void aCheckAlertsADoctorAndAWardOfTheDoctorsDepartmentOnTheSameInstance() {
        StationPlan plan = new StationPlan(5_000, 0.1, 30, 2);
        SplittableRandom random = new SplittableRandom(1);
        for (int n = 0; n < 1_000; n++) {
            int instance = n % 2;
            StationPlan.Target t = plan.target(instance, random);
            assertThat(t.doctor().kind()).isEqualTo(Station.Kind.PHYSICIAN);
            assertThat(t.ward().kind()).isEqualTo(Station.Kind.NURSE);
            assertThat(t.doctor().instance()).isEqualTo(instance);
            assertThat(t.ward().instance()).isEqualTo(instance);
            assertThat(t.ward().department()).isEqualTo(t.doctor().department());
        }
    }

    @Test
    void aSmallHospitalOnOneInstanceStillPairsEveryDoctorWithAWard() {
        StationPlan plan = new StationPlan(6, 0.1, 30, 1);
        StationPlan.Target t = plan.target(0, new SplittableRandom(2));
        assertThat(plan.nurses()).hasSize(1);
        assertThat(t.ward()).isEqualTo(plan.nurses().get(0));
    }
}
