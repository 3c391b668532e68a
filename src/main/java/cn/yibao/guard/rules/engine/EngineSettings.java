package cn.yibao.guard.rules.engine;

import java.time.ZoneId;

/**
 * The hospital's settings that rules depend on.
 *
 * @param zone          the hospital's time zone: "per day" windows are calendar days there
 * @param childMaxAge   the oldest age in years that counts as a child (儿童); 17 means "under 18"
 * @param workingMaxAge the oldest age in years still within the statutory working age (法定就业年龄), for
 *                      rules such as NHSA batch 8-2 ("参保人年龄超出法定就业年龄限制"); 59 means "under 60"
 */
public record EngineSettings(ZoneId zone, int childMaxAge, int workingMaxAge) {

    /** The working age that applies when none is configured: under 60, the standard retirement age for men. */
    public static final int DEFAULT_WORKING_MAX_AGE = 59;

    public static final EngineSettings DEFAULT = new EngineSettings(ZoneId.of("Asia/Shanghai"), 17);

    /** Settings with the default working age. */
    public EngineSettings(ZoneId zone, int childMaxAge) {
        this(zone, childMaxAge, DEFAULT_WORKING_MAX_AGE);
    }
}
