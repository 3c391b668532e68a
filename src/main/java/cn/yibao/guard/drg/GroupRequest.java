package cn.yibao.guard.drg;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import cn.yibao.guard.drg.engine.GroupingCase;

/**
 * One case to group, with the CSV columns as camelCase fields. Diagnoses and procedures are JSON arrays or,
 * as in the CSV, one string separated by {@code |}; the first is the principal one. Missing values are not
 * refused here: the grouping result says INVALID and why.
 */
public record GroupRequest(
        @Size(max = 64) String id,
        Integer sex,
        Integer ageYears,
        Integer ageDays,
        Integer birthWeightG,
        Integer losDays,
        @Size(max = 16) String dischargeMode,
        @JsonDeserialize(using = CodesDeserializer.class) @Size(max = 100)
        List<@NotBlank @Size(max = 32) String> diagnoses,
        @JsonDeserialize(using = CodesDeserializer.class) @Size(max = 100)
        List<@NotBlank @Size(max = 32) String> procedures) {

    GroupingCase toCase() {
        return new GroupingCase(id, sex, ageYears, ageDays, birthWeightG, losDays, dischargeMode,
                diagnoses == null ? List.of() : diagnoses.stream().map(String::strip).toList(),
                procedures == null ? List.of() : procedures.stream().map(String::strip).toList());
    }
}
