package cn.yibao.guard.order.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL's own write ceiling on this machine: pgbench's TPC-B-like transactions, as a yardstick. */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private Pgbench() {
    }

    /** Creates the scratch database if needed, initialises scale 10 and runs 8 clients for 30 s; returns TPS. */
    static double run(BenchOptions o, String database) throws Exception {
        URI uri = URI.create(o.jdbcUrl.substring("jdbc:".length()));
        String host = uri.getHost();
        String port = String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort());
        String admin = o.jdbcUrl.substring(0, o.jdbcUrl.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, o.dbUser, o.dbPassword);
                Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "") + "'");
            if (!rs.next()) {
                st.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
            }
        }
        exec(List.of("pgbench", "-q", "-i", "-s", "10", "-h", host, "-p", port, "-U", o.dbUser, database), o);
        String out = exec(List.of("pgbench", "-c", "8", "-j", "2", "-T", "30", "-h", host, "-p", port, "-U",
                o.dbUser, database), o);
        Matcher m = TPS.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("No TPS in pgbench's output:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private static String exec(List<String> command, BenchOptions o) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (!o.dbPassword.isEmpty()) {
            pb.environment().put("PGPASSWORD", o.dbPassword);
        }
        Process p = pb.start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.append(line).append('\n');
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out.toString();
    }
}
