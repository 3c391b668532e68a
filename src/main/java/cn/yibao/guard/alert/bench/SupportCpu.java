package cn.yibao.guard.alert.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of what the instances lean on, on this machine: the PostgreSQL backends serving the benchmark's
 * database (their process title names it) and the RabbitMQ broker ({@code beam.smp}).
 */
final class SupportCpu {

    private final String database;

    SupportCpu(String jdbcUrl) {
        String path = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        this.database = query < 0 ? path : path.substring(0, query);
    }

    /** CPU seconds so far: {postgres backends of the database, broker}. Backends that ended meanwhile are lost. */
    double[] seconds() {
        double postgres = 0;
        double broker = 0;
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                try {
                    String cmd = Files.readString(proc.resolve("cmdline")).replace('\0', ' ');
                    if (cmd.startsWith("postgres: ") && cmd.contains(" " + database + " ")) {
                        postgres += ServerProcess.cpuSeconds(proc.resolve("stat"));
                    } else if (cmd.contains("beam.smp") && cmd.contains("rabbit")) {
                        broker += ServerProcess.cpuSeconds(proc.resolve("stat"));
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile, or is another user's
                }
            }
        } catch (IOException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {postgres, broker};
    }
}
