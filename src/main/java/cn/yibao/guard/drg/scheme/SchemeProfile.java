package cn.yibao.guard.drg.scheme;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What a scheme layout leaves to prose: the order of MDCs, their entry rules, residual ADRGs, the newborn
 * age. The built-in profile ({@code drg/chs-drg.profile}) describes CHS-DRG 1.x; a scheme may carry its own
 * {@code profile.properties} whose keys replace the built-in ones (a city variant, CHS-DRG 2.0).
 */
final class SchemeProfile {

    static final String FILE = "profile.properties";
    private static final String BUILT_IN = "/drg/chs-drg.profile";

    private final Properties properties;
    private final String origin;

    private SchemeProfile(Properties properties, String origin) {
        this.properties = properties;
        this.origin = origin;
    }

    static SchemeProfile load(SchemeFiles files) {
        Properties properties = builtIn();
        Optional<TextFile> own = files.file(FILE);
        own.ifPresent(f -> {
            try {
                properties.load(new StringReader(String.join("\n", f.lines())));
            } catch (IOException | IllegalArgumentException e) {
                throw f.error(0, "cannot be read: " + e.getMessage());
            }
        });
        return new SchemeProfile(properties, own.isPresent() ? FILE : "the built-in CHS-DRG profile");
    }

    /** The MDC codes in the profile's order, '*' standing for the rest in list order. */
    List<String> order(List<String> listed) {
        List<String> named = Arrays.asList(require("order").trim().split("\\s+"));
        for (String code : named) {
            if (!code.equals("*") && !listed.contains(code)) {
                throw error("order names " + code + ", which is not in 1_MDC.txt");
            }
        }
        List<String> rest = listed.stream().filter(c -> !named.contains(c)).toList();
        return named.stream().flatMap(c -> c.equals("*") ? rest.stream() : java.util.stream.Stream.of(c))
                .toList();
    }

    String entry(String mdc) {
        return properties.getProperty("entry." + mdc, require("entry"));
    }

    Optional<String> residual(String mdc) {
        return Optional.ofNullable(properties.getProperty("residual." + mdc)).map(String::trim);
    }

    int newbornMaxAgeDays() {
        String value = require("newborn.max-age-days").trim();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw error("newborn.max-age-days must be a whole number, not '" + value + "'");
        }
    }

    String exclusionTablePrefix() {
        return properties.getProperty("exclusion-table-prefix", "").trim();
    }

    SchemeImportException error(String message) {
        return new SchemeImportException(origin, 0, message);
    }

    private String require(String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw error("the key '" + key + "' is missing");
        }
        return value;
    }

    private static Properties builtIn() {
        Properties properties = new Properties();
        try (InputStream in = SchemeProfile.class.getResourceAsStream(BUILT_IN)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
