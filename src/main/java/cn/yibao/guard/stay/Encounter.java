package cn.yibao.guard.stay;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * 就诊: an encounter as last reported by HIS with an order check. The order check writes it (in its single
 * statement); this mapping reads it.
 */
@Entity
@Table(name = "encounter")
public class Encounter {

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    public EncounterType type;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "ward_code")
    public String wardCode;
    @Column(name = "admitted_at")
    public OffsetDateTime admittedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "insurance_type")
    public InsuranceType insuranceType;
    @Column(name = "hospital_level")
    public short hospitalLevel;
    @Column(name = "patient_id")
    public String patientId;
    @Column(name = "patient_sex")
    public short patientSex;
    @Column(name = "patient_birth_date")
    public LocalDate patientBirthDate;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] diagnoses;
    @Column(name = "first_seen_at")
    public OffsetDateTime firstSeenAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
