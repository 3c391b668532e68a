package cn.yibao.guard.rules.nhsa;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Which stored orders a dry run replays; every field is optional.
 *
 * @param limit at most this many stored checks (default 10,000)
 * @param top   list at most this many rules, departments and doctors (default 20)
 */
public record DryRunRequest(OffsetDateTime from, OffsetDateTime to, @Size(max = 32) String department,
        @Min(1) @Max(200_000) Integer limit, @Min(1) @Max(500) Integer top) {

    public static final DryRunRequest DEFAULT = new DryRunRequest(null, null, null, null, null);
}
