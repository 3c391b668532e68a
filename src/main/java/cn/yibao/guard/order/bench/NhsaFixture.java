package cn.yibao.guard.order.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import cn.yibao.guard.rules.nhsa.BatchType;

/**
 * With {@code --nhsa DIR}: every NHSA batch of DIR ({@code <type>.csv} with its {@code -codes.csv}) imported
 * through the service's batch upload, then enabled as a whole. Without it, batches a previous set-up enabled are
 * disabled again, so the book is the benchmark's own rules only.
 */
public class NhsaFixture implements BenchFixture {

    @Override
    public String name() {
        return "nhsa";
    }

    @Override
    public String load(SyntheticHospital hospital, Connection db, BenchOptions options) throws Exception {
        ServiceApi api = ServiceApi.of(options);
        return options.nhsa == null ? disableAll(api) : importAll(api, options.nhsa);
    }

    private static String importAll(ServiceApi api, Path dir) throws Exception {
        int batches = 0;
        long rules = 0;
        long codes = 0;
        for (BatchType type : BatchType.values()) {
            Path file = dir.resolve(type.stem() + ".csv");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Path codesFile = dir.resolve(type.stem() + "-codes.csv");
            String path = "/api/v1/rules/batches/" + type.stem();
            JsonNode result = type.drugs() && Files.isRegularFile(codesFile)
                    ? api.postFiles(path, new String[] {"file", "codes"}, new Path[] {file, codesFile})
                    : api.postFiles(path, new String[] {"file"}, new Path[] {file});
            api.patch(path, Map.of("enabled", true));
            rules += result.path("rules").asLong();
            codes += result.path("drugCodes").asLong();
            batches++;
        }
        if (batches == 0) {
            throw new IllegalArgumentException("no NHSA batch (<type>.csv) in " + dir);
        }
        return batches + " batches imported and enabled: " + rules + " rules, " + codes + " drug codes";
    }

    private static String disableAll(ServiceApi api) throws Exception {
        int disabled = 0;
        for (JsonNode batch : api.get("/api/v1/rules/batches")) {
            if (batch.path("enabledRules").asLong() > 0) {
                api.patch("/api/v1/rules/batches/" + batch.path("batchType").asText(), Map.of("enabled", false));
                disabled++;
            }
        }
        return "no --nhsa: " + disabled + " enabled batches disabled";
    }
}
