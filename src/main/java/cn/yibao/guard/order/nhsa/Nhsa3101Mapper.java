package cn.yibao.guard.order.nhsa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.yibao.guard.common.FieldError;
import cn.yibao.guard.common.Problem;
import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.order.api.DiagnosisRequest;
import cn.yibao.guard.order.api.EncounterRequest;
import cn.yibao.guard.order.api.OrderCheckRequest;
import cn.yibao.guard.order.api.OrderLineRequest;
import cn.yibao.guard.order.api.PatientRequest;
import cn.yibao.guard.order.nhsa.Nhsa3101Request.Diagnose;
import cn.yibao.guard.order.nhsa.Nhsa3101Request.Encounter;
import cn.yibao.guard.order.nhsa.Nhsa3101Request.Order;
import cn.yibao.guard.order.nhsa.Nhsa3101Request.Patient;
import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;

/**
 * Maps a 3101 request onto the order check: the patient's current encounter ({@code mdtrt_id =
 * curr_mdtrt_id}), its diagnoses (principal: {@code dscg_main_dise_codg}, else the one flagged
 * {@code maindise_flag = 1}), its current lines ({@code curr_drord_flag = 1}) and the earlier lines sent along.
 * Every error names the field by its 3101 path, e.g.
 * {@code input.data.patient_dtos[0].fsi_encounter_dtos[0].fsi_order_dtos[3].cnt}; the same paths name the
 * check's own validation errors ({@link #field(String)}).
 */
final class Nhsa3101Mapper {

    private static final String DATA = "input.data";
    private static final DateTimeFormatter PLATFORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Map<String, String> LINE_FIELDS = Map.of("lineId", "rx_id", "itemCode", "hilist_code",
            "hisCode", "hosplist_code", "name", "hilist_name", "quantity", "cnt", "unitPrice", "pric",
            "doctorCode", "drord_dr_codg", "orderedAt", "drord_begn_date", "longTerm", "long_drord_flag");
    private static final Map<String, String> ENCOUNTER_FIELDS = Map.of("id", "mdtrt_id", "type", "med_mdtrt_type",
            "department", "adm_dept_codg", "ward", "wardarea_codg", "admittedAt", "adm_date", "insuranceType",
            "insutype", "hospitalLevel", "medins_lv", "diagnoses", "fsi_diagnose_dtos");
    private static final Map<String, String> PATIENT_FIELDS = Map.of("id", "patn_id", "sex", "gend",
            "birthDate", "brdy");

    private final NhsaCodes codes;
    private final ZoneId zone;
    private final List<FieldError> errors = new ArrayList<>();
    private String patientPath = DATA + ".patient_dtos[0]";
    private String encounterPath = patientPath + ".fsi_encounter_dtos[0]";
    /** Index of each draft line (orders[i]) and earlier line (prior[i]) among fsi_order_dtos. */
    private final List<Integer> draftIndex = new ArrayList<>();
    private final List<Integer> priorIndex = new ArrayList<>();
    private final List<Integer> diagnosisIndex = new ArrayList<>();

    Nhsa3101Mapper(NhsaCodes codes, ZoneId zone) {
        this.codes = codes;
        this.zone = zone;
    }

    /** The mapped check: the request to validate and check, and the earlier lines sent along. */
    record Mapped(OrderCheckRequest request, List<OrderLineRequest> priorLines, String patientId,
            String encounterId, String taskId, String messageId) {
    }

    Mapped map(Nhsa3101Request body) {
        if (body == null || body.input() == null || body.input().data() == null) {
            throw invalid(List.of(new FieldError(DATA, "required")));
        }
        var data = body.input().data();
        List<Patient> patients = data.patientDtos();
        if (patients == null || patients.size() != 1 || patients.get(0) == null) {
            throw invalid(List.of(new FieldError(DATA + ".patient_dtos", "exactly one patient per request")));
        }
        Patient patient = patients.get(0);
        Encounter encounter = currentEncounter(patient);
        EncounterRequest mapped = encounter(patient, encounter);
        List<OrderLineRequest> drafts = new ArrayList<>();
        List<OrderLineRequest> prior = new ArrayList<>();
        lines(encounter, drafts, prior);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new Mapped(new OrderCheckRequest(mapped, drafts), prior, patient.patnId(), encounter.mdtrtId(),
                data.taskId(), body.msgid());
    }

    /** A field of the mapped check ({@code orders[2].quantity}) as its 3101 path. */
    String field(String field) {
        if (field.startsWith("orders[") || field.startsWith("prior[")) {
            boolean draft = field.startsWith("orders[");
            int close = field.indexOf(']');
            int i = Integer.parseInt(field.substring(draft ? 7 : 6, close));
            List<Integer> index = draft ? draftIndex : priorIndex;
            String line = encounterPath + ".fsi_order_dtos" + (i < index.size() ? "[" + index.get(i) + "]" : "");
            String rest = field.substring(close + 1);
            return rest.startsWith(".") ? line + "." + LINE_FIELDS.getOrDefault(rest.substring(1), rest.substring(1))
                    : line + rest;
        }
        if (field.equals("orders")) {
            return encounterPath + ".fsi_order_dtos";
        }
        if (field.startsWith("encounter.patient.")) {
            String name = field.substring("encounter.patient.".length());
            return patientPath + "." + PATIENT_FIELDS.getOrDefault(name, name);
        }
        if (field.startsWith("encounter.diagnoses[")) {
            int close = field.indexOf(']');
            int i = Integer.parseInt(field.substring("encounter.diagnoses[".length(), close));
            String d = encounterPath + ".fsi_diagnose_dtos"
                    + (i < diagnosisIndex.size() && diagnosisIndex.get(i) >= 0 ? "[" + diagnosisIndex.get(i) + "]"
                            : "");
            return d + (field.endsWith(".code") ? ".dise_codg" : "");
        }
        if (field.startsWith("encounter.")) {
            String name = field.substring("encounter.".length());
            return encounterPath + "." + ENCOUNTER_FIELDS.getOrDefault(name, name);
        }
        return field.equals("encounter") ? encounterPath : field;
    }

    private Encounter currentEncounter(Patient patient) {
        List<Encounter> encounters = patient.fsiEncounterDtos();
        if (encounters == null || encounters.isEmpty()) {
            throw invalid(List.of(new FieldError(patientPath + ".fsi_encounter_dtos", "required")));
        }
        String current = patient.currMdtrtId();
        for (int i = 0; i < encounters.size(); i++) {
            Encounter e = encounters.get(i);
            if (e != null && (current == null || current.isBlank() ? encounters.size() == 1
                    : current.equals(e.mdtrtId()))) {
                encounterPath = patientPath + ".fsi_encounter_dtos[" + i + "]";
                return e;
            }
        }
        throw invalid(List.of(new FieldError(patientPath + ".curr_mdtrt_id",
                "names none of the encounters in fsi_encounter_dtos")));
    }

    private EncounterRequest encounter(Patient p, Encounter e) {
        String department = blank(e.dscgDeptCodg()) ? e.admDeptCodg() : e.dscgDeptCodg();
        PatientRequest patient = new PatientRequest(p.patnId(), sex(p.gend()), date(patientPath + ".brdy", p.brdy()));
        return new EncounterRequest(e.mdtrtId(), type(e), department, e.wardareaCodg(),
                time(encounterPath + ".adm_date", e.admDate()), insurance(e.insutype()), level(e.medinsLv()), patient,
                diagnoses(e));
    }

    private void lines(Encounter e, List<OrderLineRequest> drafts, List<OrderLineRequest> prior) {
        List<Order> orders = e.fsiOrderDtos() == null ? List.of() : e.fsiOrderDtos();
        for (int i = 0; i < orders.size(); i++) {
            Order o = orders.get(i);
            String path = encounterPath + ".fsi_order_dtos[" + i + "]";
            if (o == null) {
                errors.add(new FieldError(path, "must not be null"));
                continue;
            }
            OrderLineRequest line = new OrderLineRequest(o.rxId(), o.hilistCode(), o.hosplistCode(), null,
                    blank(o.hilistName()) ? o.hosplistName() : o.hilistName(), number(path + ".cnt", o.cnt()),
                    number(path + ".pric", o.pric()), null, null, blank(o.drordDrCodg()) ? null : o.drordDrCodg(),
                    "1".equals(o.longDrordFlag()), time(path + ".drord_begn_date", o.drordBegnDate()));
            if ("0".equals(o.currDrordFlag())) {
                prior.add(line);
                priorIndex.add(i);
            } else {
                drafts.add(line);
                draftIndex.add(i);
            }
        }
        if (drafts.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError(encounterPath + ".fsi_order_dtos",
                    "no current order (curr_drord_flag = 1) to check"));
        }
    }

    /** Principal first (the discharge principal code, else the flagged one), then by dias_srt_no; no repeats. */
    private List<DiagnosisRequest> diagnoses(Encounter e) {
        List<Diagnose> all = e.fsiDiagnoseDtos() == null ? List.of() : e.fsiDiagnoseDtos();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != null && !blank(all.get(i).diseCodg())) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing((Integer i) -> !"1".equals(all.get(i).maindiseFlag()))
                .thenComparing(i -> sortNumber(all.get(i).diasSrtNo())));
        String principal = blank(e.dscgMainDiseCodg())
                ? order.stream().map(all::get).filter(d -> "1".equals(d.maindiseFlag())).map(Diagnose::diseCodg)
                        .findFirst().orElse(null)
                : e.dscgMainDiseCodg();
        Map<String, Integer> codes = new LinkedHashMap<>();
        if (principal != null) {
            codes.put(principal, order.stream().filter(i -> principal.equals(all.get(i).diseCodg())).findFirst()
                    .orElse(-1));
        }
        for (int i : order) {
            codes.putIfAbsent(all.get(i).diseCodg(), i);
        }
        List<DiagnosisRequest> result = new ArrayList<>();
        codes.forEach((code, index) -> {
            result.add(new DiagnosisRequest(code, code.equals(principal)));
            diagnosisIndex.add(index);
        });
        return result;
    }

    private EncounterType type(Encounter e) {
        String type = e.medMdtrtType();
        if ("2".equals(type)) {
            return EncounterType.INPATIENT;
        }
        if ("1".equals(type) || "3".equals(type) || "4".equals(type)) {
            return EncounterType.OUTPATIENT;
        }
        if (blank(type) && !blank(e.medType())) {
            return e.medType().startsWith("2") ? EncounterType.INPATIENT : EncounterType.OUTPATIENT;
        }
        errors.add(new FieldError(encounterPath + ".med_mdtrt_type", "must be 1 (门诊) or 2 (住院)"));
        return null;
    }

    private InsuranceType insurance(String insutype) {
        InsuranceType type = blank(insutype) ? null : codes.insutype().get(insutype.trim());
        if (type == null) {
            errors.add(new FieldError(encounterPath + ".insutype", blank(insutype) ? "required"
                    : "insurance type " + insutype + " is not mapped (yibao.platform.insutype)"));
        }
        return type;
    }

    private Integer level(String medinsLv) {
        Integer level = blank(medinsLv) ? null : codes.medinsLv().get(medinsLv.trim());
        if (level == null) {
            errors.add(new FieldError(encounterPath + ".medins_lv", blank(medinsLv) ? "required"
                    : "hospital level " + medinsLv + " is not mapped (yibao.platform.medins-lv)"));
        }
        return level;
    }

    private Integer sex(String gend) {
        if ("1".equals(gend) || "2".equals(gend)) {
            return Integer.valueOf(gend);
        }
        if ("0".equals(gend) || "9".equals(gend)) {
            return 9;
        }
        errors.add(new FieldError(patientPath + ".gend", "must be 1, 2, 0 or 9"));
        return null;
    }

    private BigDecimal number(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.scale() < -6 || value.precision() > 20) {
                errors.add(new FieldError(field, "out of range"));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "not a number: " + abbreviate(text)));
            return null;
        }
    }

    private LocalDate date(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            String t = text.trim();
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "not a date (yyyy-MM-dd): " + abbreviate(text)));
            return null;
        }
    }

    /** yyyy-MM-dd HH:mm:ss in the hospital's zone, or ISO-8601 with an offset. */
    private OffsetDateTime time(String field, String text) {
        if (blank(text)) {
            return null;
        }
        String t = text.trim();
        try {
            return LocalDateTime.parse(t, PLATFORM_TIME).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(t);
            } catch (DateTimeParseException e2) {
                errors.add(new FieldError(field, "not a time (yyyy-MM-dd HH:mm:ss): " + abbreviate(text)));
                return null;
            }
        }
    }

    private static double sortNumber(String text) {
        try {
            return blank(text) ? Double.MAX_VALUE : Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.MAX_VALUE;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(Problem.invalid(detail, errors));
    }
}
