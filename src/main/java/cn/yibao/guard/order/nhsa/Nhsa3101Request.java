package cn.yibao.guard.order.nhsa;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The national platform's 3101 request (明细审核事前分析服务), as HIS sends it to the platform: the message
 * envelope with {@code input.data}. Only the fields the check uses are read; the others are accepted and
 * ignored. Scalars may come as strings or numbers.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "Nhsa3101Request", description = "国家医保平台 3101 明细审核事前分析服务 request")
public record Nhsa3101Request(
        @JsonDeserialize(using = LooseText.class) String infno,
        @JsonDeserialize(using = LooseText.class) String msgid,
        @JsonDeserialize(using = LooseText.class) String fixmedinsCode,
        Input input) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Nhsa3101Input")
    public record Input(Data data) {
    }

    /** {@code trig_scen} 触发场景 and {@code rule_ids} are accepted; this service always applies its own rules. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Nhsa3101Data")
    public record Data(
            @JsonDeserialize(using = LooseText.class) String syscode,
            @JsonDeserialize(using = LooseText.class) String taskId,
            @JsonDeserialize(using = LooseText.class) String trigScen,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Patient> patientDtos) {
    }

    /** 参保人: {@code gend} 1 male, 2 female, 0/9 unknown; {@code brdy} yyyy-MM-dd. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Nhsa3101Patient")
    public record Patient(
            @JsonDeserialize(using = LooseText.class) String patnId,
            @JsonDeserialize(using = LooseText.class) String patnName,
            @JsonDeserialize(using = LooseText.class) String gend,
            @JsonDeserialize(using = LooseText.class) String brdy,
            @JsonDeserialize(using = LooseText.class) String poolarea,
            @JsonDeserialize(using = LooseText.class) String currMdtrtId,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Encounter> fsiEncounterDtos) {
    }

    /**
     * 就诊: {@code med_mdtrt_type} 1 门诊 / 2 住院, {@code med_type} 11/14 门诊, 21 住院; {@code medins_lv} and
     * {@code insutype} are mapped by configuration ({@code yibao.platform.*}); times yyyy-MM-dd HH:mm:ss in the
     * hospital's zone.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Nhsa3101Encounter")
    public record Encounter(
            @JsonDeserialize(using = LooseText.class) String mdtrtId,
            @JsonDeserialize(using = LooseText.class) String medinsId,
            @JsonDeserialize(using = LooseText.class) String medinsLv,
            @JsonDeserialize(using = LooseText.class) String wardareaCodg,
            @JsonDeserialize(using = LooseText.class) String admDate,
            @JsonDeserialize(using = LooseText.class) String dscgMainDiseCodg,
            @JsonDeserialize(using = LooseText.class) String drCodg,
            @JsonDeserialize(using = LooseText.class) String admDeptCodg,
            @JsonDeserialize(using = LooseText.class) String dscgDeptCodg,
            @JsonDeserialize(using = LooseText.class) String medMdtrtType,
            @JsonDeserialize(using = LooseText.class) String medType,
            @JsonDeserialize(using = LooseText.class) String insutype,
            List<Diagnose> fsiDiagnoseDtos,
            List<Order> fsiOrderDtos) {
    }

    /** 诊断: {@code maindise_flag} 1 principal; {@code dias_srt_no} the order. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Nhsa3101Diagnose")
    public record Diagnose(
            @JsonDeserialize(using = LooseText.class) String diseId,
            @JsonDeserialize(using = LooseText.class) String inoutDiseType,
            @JsonDeserialize(using = LooseText.class) String maindiseFlag,
            @JsonDeserialize(using = LooseText.class) String diasSrtNo,
            @JsonDeserialize(using = LooseText.class) String diseCodg,
            @JsonDeserialize(using = LooseText.class) String diseName) {
    }

    /**
     * 处方(医嘱): {@code rx_id} is the line id; {@code hilist_code} the national code and {@code hosplist_code}
     * the HIS code; {@code cnt} and {@code pric} quantity and unit price; {@code curr_drord_flag} 1 marks the
     * lines to check, 0 earlier lines of the stay sent along (recorded if new and counted, not checked).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Nhsa3101Order")
    public record Order(
            @JsonDeserialize(using = LooseText.class) String rxId,
            @JsonDeserialize(using = LooseText.class) String longDrordFlag,
            @JsonDeserialize(using = LooseText.class) String hilistCode,
            @JsonDeserialize(using = LooseText.class) String hilistName,
            @JsonDeserialize(using = LooseText.class) String hosplistCode,
            @JsonDeserialize(using = LooseText.class) String hosplistName,
            @JsonDeserialize(using = LooseText.class) String cnt,
            @JsonDeserialize(using = LooseText.class) String pric,
            @JsonDeserialize(using = LooseText.class) String drordBegnDate,
            @JsonDeserialize(using = LooseText.class) String drordDeptCodg,
            @JsonDeserialize(using = LooseText.class) String drordDrCodg,
            @JsonDeserialize(using = LooseText.class) String currDrordFlag) {
    }
}
