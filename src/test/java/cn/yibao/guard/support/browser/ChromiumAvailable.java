package cn.yibao.guard.support.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a browser test class only where the system Chromium exists; elsewhere the class is reported as skipped,
 * saying why, or fails when {@code STATION_BROWSER_TEST_REQUIRED=true} (CI). Evaluated before the application
 * starts.
 */
public class ChromiumAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        var chromium = StationBrowser.chromium();
        if (chromium.isPresent()) {
            return ConditionEvaluationResult.enabled("Chromium at " + chromium.get());
        }
        String why = "no Chromium at " + StationBrowser.chromiumPath() + " (install the chromium package, or set "
                + StationBrowser.CHROMIUM_ENV + ")";
        if (StationBrowser.required()) {
            throw new IllegalStateException("The station page's browser test cannot run: " + why);
        }
        String reason = "SKIPPED, the station page's browser test did not run: " + why;
        System.err.println("[" + context.getDisplayName() + "] " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
