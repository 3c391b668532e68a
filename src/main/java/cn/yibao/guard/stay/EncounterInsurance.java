package cn.yibao.guard.stay;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** 费别: an insurance type an encounter was checked under, with the check that first reported it. */
@Entity
@Table(name = "encounter_insurance")
@IdClass(EncounterInsurance.Key.class)
public class EncounterInsurance {

    @Id
    @Column(name = "encounter_id")
    public String encounterId;
    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "insurance_type")
    public InsuranceType insuranceType;
    @Column(name = "first_seen_at")
    public OffsetDateTime firstSeenAt;
    @Column(name = "check_id")
    public UUID checkId;

    /** The composite key (encounter, insurance type). */
    public static class Key implements Serializable {

        public String encounterId;
        public InsuranceType insuranceType;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(encounterId, k.encounterId)
                    && insuranceType == k.insuranceType;
        }

        @Override
        public int hashCode() {
            return Objects.hash(encounterId, insuranceType);
        }
    }
}
