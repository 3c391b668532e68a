package cn.yibao.guard.security;

import java.util.Set;

/** The roles carried in the token's {@code groups} claim. */
public final class Roles {

    /** The hospital information system (HIS) calling as a machine. */
    public static final String HIS = "his-system";
    /** 医生: sees the encounters of their own department. */
    public static final String PHYSICIAN = "physician";
    /** 护士: sees the encounters of their own department, and their ward's station. */
    public static final String NURSE = "nurse";
    /** 医保办: configures rules and catalogue, watches the whole hospital. */
    public static final String INSURANCE_OFFICER = "insurance-officer";
    /** 院领导: dashboards for the whole hospital. */
    public static final String SUPERVISOR = "supervisor";
    /** System administration. */
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(HIS, PHYSICIAN, NURSE, INSURANCE_OFFICER, SUPERVISOR, ADMIN);

    /** Roles that see every department's encounters. */
    public static final Set<String> HOSPITAL_WIDE = Set.of(HIS, INSURANCE_OFFICER, SUPERVISOR, ADMIN);

    private Roles() {
    }
}
