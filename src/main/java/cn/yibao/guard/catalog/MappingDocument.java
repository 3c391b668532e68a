package cn.yibao.guard.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One entry of the HIS item dictionary (字典对照): the hospital's local code and name and the national catalogue
 * code it is mapped to; {@code nationalCode} is empty while the hospital has not mapped it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"hisCode", "hisName", "nationalCode"})
public record MappingDocument(
        @NotBlank @Size(max = Codes.HIS_MAX) @Pattern(regexp = Codes.HIS, message = Codes.HIS_MESSAGE) String hisCode,
        @NotBlank @Size(max = 200) String hisName,
        @Size(max = Codes.NATIONAL_MAX) @Pattern(regexp = Codes.NATIONAL, message = Codes.NATIONAL_MESSAGE)
        String nationalCode) {

    public MappingDocument {
        hisCode = Texts.clean(hisCode);
        hisName = Texts.clean(hisName);
        nationalCode = Texts.clean(nationalCode);
    }

    public MappingDocument withHisCode(String code) {
        return new MappingDocument(code, hisName, nationalCode);
    }
}
