package cn.yibao.guard.order.nhsa;

import java.util.Map;

import cn.yibao.guard.stay.InsuranceType;
import io.smallrye.config.ConfigMapping;

/**
 * How the platform's codes map to this service's vocabulary, by configuration because provinces differ:
 * {@code yibao.platform.insutype."310"=EMPLOYEE} (险种) and {@code yibao.platform.medins-lv."02"=3} (医疗机构等级 to
 * hospital level 1–3).
 */
@ConfigMapping(prefix = "yibao.platform")
public interface NhsaCodes {

    Map<String, InsuranceType> insutype();

    Map<String, Integer> medinsLv();
}
