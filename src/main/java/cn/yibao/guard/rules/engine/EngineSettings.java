package cn.yibao.guard.rules.engine;

import java.time.ZoneId;

/**
 * The hospital's settings that rules depend on.
 *
 * @param zone        the hospital's time zone: "per day" windows are calendar days there
 * @param childMaxAge the oldest age in years that counts as a child (儿童); 17 means "under 18"
 */
public record EngineSettings(ZoneId zone, int childMaxAge) {

    public static final EngineSettings DEFAULT = new EngineSettings(ZoneId.of("Asia/Shanghai"), 17);
}
