package cn.yibao.guard.order.api;

import java.util.List;

import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;

/** An encounter's order lines with their status and check results, and the checks made for it. */
public record EncounterOrders(String encounterId, EncounterType type, String department, String ward,
        InsuranceType insuranceType, List<InsuranceType> insuranceTypes, List<LineView> lines,
        List<CheckView> checks) {
}
