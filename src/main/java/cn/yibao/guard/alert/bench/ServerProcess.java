package cn.yibao.guard.alert.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * An instance's process on this machine, read through {@code /proc} and {@code jcmd}: resident memory, CPU time,
 * open-file limit, and the live heap after a full collection.
 */
final class ServerProcess {

    private static final double CLOCK_TICKS = 100.0;

    private final long pid;

    ServerProcess(long pid) {
        this.pid = pid;
    }

    long pid() {
        return pid;
    }

    /** The process listening on {@code port}, found through {@code /proc/net/tcp*} and the sockets' inodes. */
    static Optional<ServerProcess> listeningOn(int port) {
        try {
            Set<String> inodes = new HashSet<>();
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                Path p = Path.of(table);
                if (!Files.isReadable(p)) {
                    continue;
                }
                for (String line : Files.readAllLines(p)) {
                    String[] f = line.trim().split("\\s+");
                    // local_address is HEXIP:HEXPORT; state 0A is LISTEN; field 9 is the inode.
                    if (f.length > 9 && f[3].equals("0A") && f[1].endsWith(String.format(":%04X", port))) {
                        inodes.add("socket:[" + f[9] + "]");
                    }
                }
            }
            if (inodes.isEmpty()) {
                return Optional.empty();
            }
            try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path proc : procs) {
                    if (holdsAny(proc.resolve("fd"), inodes)) {
                        return Optional.of(new ServerProcess(Long.parseLong(proc.getFileName().toString())));
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean holdsAny(Path fds, Set<String> inodes) {
        try (DirectoryStream<Path> links = Files.newDirectoryStream(fds)) {
            for (Path fd : links) {
                try {
                    if (inodes.contains(Files.readSymbolicLink(fd).toString())) {
                        return true;
                    }
                } catch (IOException e) {
                    // the descriptor closed meanwhile
                }
            }
        } catch (IOException | SecurityException e) {
            // another user's process
        }
        return false;
    }

    /** Resident set size in bytes ({@code VmRSS}). */
    long rssBytes() throws IOException {
        return statusKb("VmRSS:") * 1024;
    }

    /** Open file descriptors. */
    long openFiles() throws IOException {
        try (var s = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            return s.count();
        }
    }

    /** User plus system CPU time in seconds. */
    double cpuSeconds() throws IOException {
        return cpuSeconds(Path.of("/proc", String.valueOf(pid), "stat"));
    }

    static double cpuSeconds(Path stat) throws IOException {
        String s = Files.readString(stat);
        // Fields after the command name (which may hold spaces) start after the last ')'.
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / CLOCK_TICKS;
    }

    /** The soft limit on open files. */
    static long openFileLimit(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "limits"))) {
            if (line.startsWith("Max open files")) {
                String soft = line.substring("Max open files".length()).trim().split("\\s+")[0];
                return soft.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(soft);
            }
        }
        return -1;
    }

    long openFileLimit() throws IOException {
        return openFileLimit(pid);
    }

    /**
     * Bytes of live objects: {@code jcmd GC.class_histogram} forces a full collection and counts what survives,
     * whatever the collector, so before/after differences are the memory really held.
     */
    long liveHeapBytes() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("jcmd " + pid + " GC.class_histogram failed: " + tail(out));
        }
        for (String line : out.split("\n")) {
            if (line.startsWith("Total")) {
                String[] f = line.trim().split("\\s+");
                return Long.parseLong(f[2]);
            }
        }
        throw new IOException("no Total line from jcmd " + pid + " GC.class_histogram: " + tail(out));
    }

    private long statusKb(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
            }
        }
        throw new IOException(field + " not in /proc/" + pid + "/status");
    }

    private static String tail(String s) {
        return s.length() > 300 ? s.substring(s.length() - 300) : s;
    }

    /** The machine's 1-minute load average. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
