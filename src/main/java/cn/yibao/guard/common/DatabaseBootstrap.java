package cn.yibao.guard.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Creates the service's database when it does not exist yet, just before Flyway migrates it, so that the demo
 * runs on a fresh PostgreSQL with one command. Only where {@code yibao.db.create-if-missing} is true (demo and
 * dev); production databases are provisioned by their operators.
 */
@Singleton
public class DatabaseBootstrap implements FlywayConfigurationCustomizer {

    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class);

    private final boolean createIfMissing;
    private final String host;
    private final int port;
    private final String name;
    private final String user;
    private final String password;

    public DatabaseBootstrap(@ConfigProperty(name = "yibao.db.create-if-missing") boolean createIfMissing,
            @ConfigProperty(name = "db.host") String host, @ConfigProperty(name = "db.port") int port,
            @ConfigProperty(name = "db.name") String name,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.createIfMissing = createIfMissing;
        this.host = host;
        this.port = port;
        this.name = name;
        this.user = user;
        this.password = password.orElse("");
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        if (createIfMissing) {
            ensureExists();
        }
    }

    private void ensureExists() {
        String maintenance = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(maintenance, user, password)) {
            if (!exists(c)) {
                try (Statement s = c.createStatement()) {
                    // Identifiers cannot be bound as parameters; the name comes from configuration, quoted.
                    s.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
                }
                LOG.infof("Created database %s", name);
            }
        } catch (SQLException e) {
            LOG.warnf("Could not make sure database %s exists: %s", name, e.getMessage());
        }
    }

    private boolean exists(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            q.setString(1, name);
            try (ResultSet r = q.executeQuery()) {
                return r.next();
            }
        }
    }
}
