package cn.yibao.guard.order.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Order check requests as HIS sends them, built as plain JSON maps so that tests can break any field. */
public final class Orders {

    private Orders() {
    }

    /** A fresh encounter id, so that tests never see each other's stays. */
    public static String newEncounterId() {
        return "E-" + UUID.randomUUID().toString().substring(0, 18);
    }

    public static Map<String, Object> encounter(String id, String department) {
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("id", "P-" + id);
        patient.put("sex", 1);
        patient.put("birthDate", "1958-04-02");
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        e.put("type", "INPATIENT");
        e.put("department", department);
        e.put("ward", "W3");
        e.put("admittedAt", "2026-11-20T08:00:00+08:00");
        e.put("insuranceType", "EMPLOYEE");
        e.put("hospitalLevel", 3);
        e.put("patient", patient);
        e.put("diagnoses", new ArrayList<>(List.of(
                new LinkedHashMap<>(Map.of("code", "I21.000", "principal", true)),
                new LinkedHashMap<>(Map.of("code", "E11.900")))));
        return e;
    }

    public static Map<String, Object> line(String lineId, String itemCode, Object quantity) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("lineId", lineId);
        l.put("itemCode", itemCode);
        l.put("name", "药品 " + lineId);
        l.put("quantity", quantity);
        l.put("unitPrice", 35.5);
        l.put("frequency", "bid");
        l.put("days", 3);
        l.put("doctorCode", "D01");
        l.put("longTerm", true);
        l.put("orderedAt", "2026-11-21T09:30:00+08:00");
        return l;
    }

    @SafeVarargs
    public static Map<String, Object> request(Map<String, Object> encounter, Map<String, Object>... lines) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("encounter", encounter);
        r.put("orders", new ArrayList<>(List.of(lines)));
        return r;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> lines(Map<String, Object> request) {
        return (List<Map<String, Object>>) request.get("orders");
    }
}
