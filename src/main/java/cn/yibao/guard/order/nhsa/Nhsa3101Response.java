package cn.yibao.guard.order.nhsa;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer in the platform's 3101 shape: {@code infcode} 0 and {@code output.result}, one violation record
 * per rule hit. {@code output} also carries this service's own {@code check_id}, {@code verdict} and
 * {@code unmatched}; an UNCHECKED verdict is answered with {@code infcode} 0, no violations and a note in
 * {@code err_msg}, so HIS proceeds.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "Nhsa3101Response", description = "国家医保平台 3101 result shape")
public record Nhsa3101Response(int infcode, String infRefmsgid, String refmsgTime, String respondTime,
        String errMsg, Output output) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Nhsa3101Output")
    public record Output(List<Violation> result, String checkId, String verdict, List<String> unmatched) {
    }

    /**
     * 违规信息. {@code sev_deg}: 1 明确违规 (VIOLATION), 2 可疑 (SUSPICIOUS). {@code vola_bhvr_type}: the action
     * asked of the workstation, 1 NOTIFY, 2 CONFIRM, 3 BLOCK. {@code vola_amt_stas}: 1 when every line's amount
     * was known (quantity × unit price), 0 otherwise. {@code rule_version}, {@code severity}, {@code action},
     * {@code judgement}, {@code evidence} and {@code source} are this service's additions.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Nhsa3101Violation")
    public record Violation(String jrId, String ruleId, String ruleName, String volaCont, String patnId,
            String mdtrtId, List<ViolationDetail> judgeResultDetailDtos, BigDecimal volaAmt, String volaAmtStas,
            String sevDeg, String volaEvid, String volaBhvrType, String taskId, int ruleVersion, String severity,
            String action, String judgement, Object evidence, String source) {
    }

    /** 违规明细: one per order line the hit names; {@code vola_item_type} 1 means an order line (处方/医嘱). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Nhsa3101ViolationDetail")
    public record ViolationDetail(String jrdId, String patnId, String mdtrtId, String rxId, String volaItemType,
            BigDecimal volaAmt) {
    }
}
