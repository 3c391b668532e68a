package cn.yibao.guard.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * 未对照报告: the HIS codes the order check cannot resolve through the code map.
 *
 * @param catalogVersion the catalogue version the report was checked against
 * @param codes          in HIS code order
 */
public record UnmappedReport(long catalogVersion, int total, int noNationalCode, int notInCatalogue,
        List<Entry> codes) {

    /** Why a HIS code does not resolve. */
    public enum Reason {
        /** The hospital has not mapped the code yet. */
        NO_NATIONAL_CODE,
        /** The code is mapped to a national code the catalogue does not hold. */
        NOT_IN_CATALOGUE
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String hisCode, String hisName, String nationalCode, Reason reason) {
    }

    static UnmappedReport of(long catalogVersion, List<Entry> codes) {
        int missing = (int) codes.stream().filter(c -> c.reason() == Reason.NO_NATIONAL_CODE).count();
        return new UnmappedReport(catalogVersion, codes.size(), missing, codes.size() - missing, codes);
    }
}
