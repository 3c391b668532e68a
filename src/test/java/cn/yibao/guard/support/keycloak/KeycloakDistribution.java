package cn.yibao.guard.support.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the Keycloak distribution for the integration tests lives (unpacked by Maven into
 * {@code target/keycloak}) and which JDK runs it: Keycloak 26 needs Java 21 or later, while the service
 * itself builds and runs on 17.
 */
public final class KeycloakDistribution {

    static final int MIN_JAVA = 21;
    /** Set by failsafe to the unpacked distribution. */
    static final String HOME_PROPERTY = "keycloak.home";
    /** Points at the JDK that runs Keycloak; otherwise the test JVM's or one under {@link #JVM_DIR}. */
    static final String JAVA_HOME_ENV = "KEYCLOAK_JAVA_HOME";
    /** When true (CI), a missing JDK or distribution fails the test instead of skipping it. */
    static final String REQUIRED_ENV = "KEYCLOAK_IT_REQUIRED";
    static final Path JVM_DIR = Path.of("/usr/lib/jvm");

    private final Path home;
    private final Path javaHome;

    private KeycloakDistribution(Path home, Path javaHome) {
        this.home = home;
        this.javaHome = javaHome;
    }

    public Path home() {
        return home;
    }

    public Path javaHome() {
        return javaHome;
    }

    /** The distribution and a JDK to run it, or why there is none. */
    public static Lookup lookup() {
        String homeProperty = System.getProperty(HOME_PROPERTY);
        if (homeProperty == null || !Files.isRegularFile(Path.of(homeProperty, "bin", "kc.sh"))) {
            return Lookup.missing("no Keycloak distribution at -D" + HOME_PROPERTY + "=" + homeProperty
                    + "; run the test through './mvnw verify', which unpacks org.keycloak:keycloak-quarkus-dist");
        }
        Path home = Path.of(homeProperty).toAbsolutePath();
        String configured = System.getenv(JAVA_HOME_ENV);
        if (configured != null && !configured.isBlank()) {
            Path jdk = Path.of(configured);
            if (javaVersion(jdk) < MIN_JAVA) {
                // A wrong setting is an error to fix, not a reason to skip.
                throw new IllegalStateException(JAVA_HOME_ENV + "=" + configured + " is not a JDK " + MIN_JAVA
                        + " or later (Keycloak 26 needs one)");
            }
            return Lookup.found(new KeycloakDistribution(home, jdk));
        }
        Path current = Path.of(System.getProperty("java.home"));
        if (Runtime.version().feature() >= MIN_JAVA) {
            return Lookup.found(new KeycloakDistribution(home, current));
        }
        return newestJdkIn(JVM_DIR)
                .map(jdk -> Lookup.found(new KeycloakDistribution(home, jdk)))
                .orElseGet(() -> Lookup.missing("no JDK " + MIN_JAVA + "+ to run Keycloak 26: set " + JAVA_HOME_ENV
                        + " or install one under " + JVM_DIR + " (the tests run on Java "
                        + Runtime.version().feature() + ")"));
    }

    static boolean required() {
        return Boolean.parseBoolean(System.getenv(REQUIRED_ENV));
    }

    private static Optional<Path> newestJdkIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(jdk -> javaVersion(jdk) >= MIN_JAVA)
                    .max(Comparator.comparingInt(KeycloakDistribution::javaVersion));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feature release of a JDK from its {@code release} file; 0 if it is not a usable JDK. */
    static int javaVersion(Path jdk) {
        Path release = jdk.resolve("release");
        if (!Files.isExecutable(jdk.resolve("bin/java")) || !Files.isRegularFile(release)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(release)) {
            return lines.filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
                    .mapToInt(KeycloakDistribution::featureRelease)
                    .findFirst().orElse(0);
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    static int featureRelease(String version) {
        String[] parts = version.split("[._+-]");
        try {
            int first = Integer.parseInt(parts[0]);
            // "1.8.0_402" is Java 8.
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The outcome of {@link #lookup()}: a distribution, or the reason the tests cannot run. */
    public record Lookup(Optional<KeycloakDistribution> distribution, String reason) {

        static Lookup found(KeycloakDistribution distribution) {
            return new Lookup(Optional.of(distribution), "Keycloak " + distribution.home().getFileName() + " on "
                    + distribution.javaHome());
        }

        static Lookup missing(String reason) {
            return new Lookup(Optional.empty(), reason);
        }
    }
}
