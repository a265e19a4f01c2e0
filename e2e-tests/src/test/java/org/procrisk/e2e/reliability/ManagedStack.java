package org.procrisk.e2e.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.procrisk.e2e.Ports;

/**
 * The stack as separate processes the tests can kill and restart one by one (scripts/run-stack gives
 * up when one of its processes dies, which is right for a developer and wrong for a fault test):
 * a private MariaDB and the three packaged services on free loopback ports, with demo data loaded.
 */
final class ManagedStack implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("procrisk.root", "..")).toAbsolutePath().normalize();
    static final String ADMIN_KEY = "reliability-admin";
    static final String EDITOR_KEY = "reliability-editor";
    static final String READER_KEY = "reliability-reader";
    static final String OTHER_READER_KEY = "reliability-reader-2";

    enum Service {
        SUPPLIER("supplier-service"), SCORING("scoring-service"), GATEWAY("gateway");

        final String module;

        Service(String module) {
            this.module = module;
        }
    }

    final int db = Ports.free();
    final Map<Service, Integer> ports = new EnumMap<>(Map.of(Service.SUPPLIER, Ports.free(), Service.SCORING,
            Ports.free(), Service.GATEWAY, Ports.free()));
    final String internalToken = "reliability-" + System.nanoTime();
    final String dbPassword = "reliability-db-" + Long.toHexString(System.nanoTime());
    private final Path runDir;
    private final Map<Service, Process> services = new EnumMap<>(Service.class);
    private Process database;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    ManagedStack() throws IOException {
        runDir = Files.createTempDirectory(ROOT.resolve("e2e-tests/target"), "managed-stack-");
        Files.createDirectories(runDir.resolve("logs"));
        // A test JVM killed half-way (a timeout, Ctrl-C) must not leave servers behind on the machine.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            services.values().forEach(Process::destroyForcibly);
            if (database != null) {
                database.descendants().forEach(ProcessHandle::destroyForcibly);
                database.destroyForcibly();
            }
        }));
    }

    static ManagedStack start() throws Exception {
        ManagedStack stack = new ManagedStack();
        stack.startDatabase();
        for (Service s : Service.values()) {
            stack.start(s);
        }
        for (Service s : Service.values()) {
            stack.awaitReady(s, Duration.ofSeconds(90));
        }
        Process load = new ProcessBuilder(ROOT.resolve("scripts/load-demo-data").toString(), stack.gatewayUrl(), ADMIN_KEY)
                .redirectErrorStream(true).redirectOutput(stack.runDir.resolve("logs/demo-data.log").toFile()).start();
        if (!load.waitFor(120, TimeUnit.SECONDS) || load.exitValue() != 0) {
            throw new IllegalStateException("demo data did not load; see " + stack.runDir.resolve("logs/demo-data.log"));
        }
        return stack;
    }

    String gatewayUrl() {
        return url(Service.GATEWAY);
    }

    String url(Service s) {
        return "http://127.0.0.1:" + ports.get(s);
    }

    void startDatabase() throws IOException, InterruptedException {
        database = startDatabase("db", db);
    }

    /** A private MariaDB with the stack's credentials, its data in DIR of the run directory. */
    Process startDatabase(String dir, int port) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("scripts/mariadb-private").toString(),
                runDir.resolve(dir).toString(), Integer.toString(port)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(runDir.resolve("logs/mariadb-" + dir + ".log").toFile()));
        builder.environment().put("MARIADB_PASSWORD", dbPassword);
        Process server = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Ports.listening(port)) {
            if (!server.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("MariaDB did not start; see " + runDir.resolve("logs/mariadb-" + dir + ".log"));
            }
            Thread.sleep(100);
        }
        return server;
    }

    Path runDir() {
        return runDir;
    }

    /** A clean shutdown (SIGTERM), as an operator or a failing node would cause. */
    void stopDatabase() throws InterruptedException {
        database.descendants().forEach(ProcessHandle::destroy);
        database.destroy();
        if (!database.waitFor(30, TimeUnit.SECONDS)) {
            database.descendants().forEach(ProcessHandle::destroyForcibly);
            database.destroyForcibly().waitFor();
        }
        while (Ports.listening(db)) {
            Thread.sleep(100);
        }
    }

    void start(Service s) throws IOException {
        services.put(s, startProcess(s, ports.get(s), Map.of(), s.module));
    }

    /**
     * Another process of a service, outside the stack's bookkeeping (the caller stops it), on its own
     * port, with the stack's settings but for {@code overrides}; its log is logs/NAME.log.
     */
    Process startExtra(Service s, int port, Map<String, String> overrides, String name) throws IOException {
        return startProcess(s, port, overrides, name);
    }

    private Process startProcess(Service s, int port, Map<String, String> overrides, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-jar",
                ROOT.resolve(s.module + "/target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(runDir.resolve("logs/" + name + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("HTTP_PORT", Integer.toString(port));
        env.put("INTERNAL_TOKEN", internalToken);
        env.put("DB_URL", "jdbc:mariadb://127.0.0.1:" + db + "/procrisk");
        env.put("DB_USER", "procrisk");
        env.put("DB_PASSWORD", dbPassword);
        env.put("SUPPLIER_SERVICE_URL", url(Service.SUPPLIER));
        env.put("SCORING_SERVICE_URL", url(Service.SCORING));
        env.put("SNAPSHOT_REFRESH_INTERVAL", "2s");
        // webhooks go to a receiver on loopback; a short timeout makes a dead sender's lease run out in 9 s
        env.put("WEBHOOKS_ALLOW_HTTP", "true");
        env.put("WEBHOOKS_ALLOW_LOOPBACK", "true");
        env.put("SUPPLIER_WEBHOOKS_TIMEOUT", "3s");
        env.put("GATEWAY_API_KEYS", String.join(",", key("rel-admin", "admin", ADMIN_KEY, ":1000:1000"),
                key("rel-editor", "editor", EDITOR_KEY, ":1000:1000"), key("rel-reader", "reader", READER_KEY, ":1000:1000"),
                key("rel-reader-2", "reader", OTHER_READER_KEY, ":1000:1000")));
        env.putAll(overrides);
        return builder.start();
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    void kill(Service s) throws InterruptedException {
        Process p = services.remove(s);
        p.destroyForcibly().waitFor();
        while (Ports.listening(ports.get(s))) {
            Thread.sleep(50);
        }
    }

    void awaitReady(Service s, Duration within) throws InterruptedException {
        awaitReady(url(s), services.get(s), s.module, within);
    }

    void awaitReady(String url, Process p, String name, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (status(url + "/q/health/ready") == 200) {
                return;
            }
            if (p != null && !p.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + runDir.resolve("logs/" + name + ".log"));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " not ready within " + within);
    }

    int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    Path logs() {
        return runDir.resolve("logs");
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : services.values()) {
            p.destroy();
        }
        for (Process p : services.values()) {
            if (!p.waitFor(25, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        services.clear();
        if (database != null && database.isAlive()) {
            stopDatabase();
        }
    }

    private static String key(String name, String role, String key, String limits) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return name + ":" + role + ":" + HexFormat.of().formatHex(hash) + limits;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }


}
