package org.procrisk.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.procrisk.e2e.Ports;

/**
 * What k8s/ promises an operator, on the real services and MariaDB: the backup CronJob's script dumps
 * and restores the registry so that it serves the same snapshot, and a service stopped under load (as
 * a rolling update stops it) answers every request it accepted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsIT {

    private static final Path SCRIPT = ManagedStack.ROOT.resolve("k8s/base/backup/mariadb-backup.sh");
    private static final ObjectMapper JSON = new ObjectMapper();
    private ManagedStack stack;

    @BeforeAll
    void start() throws Exception {
        stack = ManagedStack.start();
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aDumpRestoredIntoAnEmptyDatabaseServesTheSameSnapshot() throws Exception {
        Path work = Files.createDirectories(stack.runDir().resolve("backup"));
        Path credentials = Files.createDirectories(work.resolve("credentials"));
        Files.writeString(credentials.resolve("MARIADB_USER"), "procrisk");
        Files.writeString(credentials.resolve("MARIADB_PASSWORD"), stack.dbPassword);
        Path backups = Files.createDirectories(work.resolve("backups"));
        JsonNode before = snapshot(stack.url(ManagedStack.Service.SUPPLIER));

        // Twice with BACKUP_KEEP=1: the older dump is removed.
        assertThat(script(Map.of("DB_PORT", Integer.toString(stack.db), "CREDENTIALS_DIR", credentials.toString(),
                "BACKUP_DIR", backups.toString(), "BACKUP_KEEP", "1"), "backup")).contains("wrote");
        Thread.sleep(1100); // the file name has one-second resolution
        assertThat(script(Map.of("DB_PORT", Integer.toString(stack.db), "CREDENTIALS_DIR", credentials.toString(),
                "BACKUP_DIR", backups.toString(), "BACKUP_KEEP", "1"), "backup")).contains("removed");
        List<Path> dumps;
        try (Stream<Path> files = Files.list(backups)) {
            dumps = files.toList();
        }
        assertThat(dumps).singleElement().satisfies(d -> assertThat(d.getFileName().toString()).matches("procrisk-\\d{8}T\\d{6}Z\\.sql\\.gz"));

        int freshDb = Ports.free();
        Process database = stack.startDatabase("db-restored", freshDb);
        Process supplier = null;
        try {
            // As the suspended CronJob mariadb-restore runs it: the newest dump of the backup volume.
            assertThat(script(Map.of("DB_PORT", Integer.toString(freshDb), "CREDENTIALS_DIR", credentials.toString(),
                    "BACKUP_DIR", backups.toString(), "RESTORE_FILE", "latest"), "restore"))
                    .contains("restored " + dumps.get(0));
            int port = Ports.free();
            supplier = stack.startExtra(ManagedStack.Service.SUPPLIER, port,
                    Map.of("DB_URL", "jdbc:mariadb://127.0.0.1:" + freshDb + "/procrisk"), "supplier-service-restored");
            stack.awaitReady("http://127.0.0.1:" + port, supplier, "supplier-service-restored", Duration.ofSeconds(90));
            JsonNode after = snapshot("http://127.0.0.1:" + port);
            assertThat(after.get("etag")).isEqualTo(before.get("etag"));
            assertThat(after.get("body").get("datasetVersion")).isEqualTo(before.get("body").get("datasetVersion"));
            for (String part : List.of("changedAt", "lastChange", "materials", "countryShares", "exportControls", "sources",
                    "suppliers", "parts", "declarations")) {
                assertThat(after.get("body").get(part)).as(part).isEqualTo(before.get("body").get(part));
            }
        } finally {
            if (supplier != null) {
                supplier.destroy();
                supplier.waitFor(30, TimeUnit.SECONDS);
            }
            database.descendants().forEach(ProcessHandle::destroy);
            database.destroy();
            database.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * A rolling update's stop, as Kubernetes makes it: the pod leaves the endpoints (no new requests;
     * preStop's pause covers that in the cluster), then SIGTERM reaches a gateway with requests and batch
     * streams in flight. The streams end with their summary line, and every request sent gets a whole
     * answer (200, or 503 once it is shutting down), never a reset or a cut one.
     */
    @Test
    void aGatewayStoppedUnderLoadAnswersEveryRequestItAccepted() throws Exception {
        int port = Ports.free();
        Process gateway = stack.startExtra(ManagedStack.Service.GATEWAY, port, Map.of(), "gateway-stopped");
        String url = "http://127.0.0.1:" + port;
        stack.awaitReady(url, gateway, "gateway-stopped", Duration.ofSeconds(60));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicBoolean running = new AtomicBoolean(true);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        List<Future<BatchStream.Result>> batches = new ArrayList<>();
        try {
            // Two paced streams, still sending when the first stops the routing and sends SIGTERM 1.5 s in,
            // once the short requests have been answered a few times: on a slow machine 1.5 s was not enough.
            batches.add(pool.submit(() -> BatchStream.send(url, ManagedStack.READER_KEY, 50_000, 1500, () -> {
                awaitAnswered(outcomes, "200", 5, Duration.ofSeconds(30));
                running.set(false);
                gateway.destroy();
            })));
            batches.add(pool.submit(() -> BatchStream.send(url, ManagedStack.READER_KEY, 50_000, 600_000, () -> { })));
            for (int i = 0; i < 4; i++) {
                pool.submit(() -> {
                    while (running.get()) {
                        outcomes.computeIfAbsent(score(url), o -> new AtomicInteger()).incrementAndGet();
                    }
                });
            }
            for (Future<BatchStream.Result> batch : batches) {
                BatchStream.Result result = batch.get(60, TimeUnit.SECONDS);
                assertThat(result.complete()).as("batch in flight at SIGTERM: %s lines, last %s", result.lines(), result.lastLine())
                        .isTrue();
                assertThat(result.lastLine()).contains("\"orders\":50000").contains("\"failed\":0");
            }
            assertThat(gateway.waitFor(40, TimeUnit.SECONDS)).as("stopped within its grace period").isTrue();
            assertThat(gateway.exitValue()).as("a clean stop").isIn(0, 143);
            running.set(false);
        } finally {
            running.set(false);
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
            gateway.destroyForcibly();
        }
        assertThat(outcomes.keySet()).as("outcomes %s", outcomes).containsAnyOf("200").isSubsetOf("200", "503");
        assertThat(outcomes.get("200").get()).as("short requests alongside the streams").isGreaterThanOrEqualTo(5);
    }

    /** Returns once {@code count} requests have had {@code status}, or after {@code atMost}; the caller asserts. */
    private static void awaitAnswered(Map<String, AtomicInteger> outcomes, String status, int count, Duration atMost) {
        try {
            Awaitility.await().atMost(atMost).until(() -> outcomes.getOrDefault(status, new AtomicInteger()).get() >= count);
        } catch (ConditionTimeoutException e) {
            // the count is asserted after the stop, with every outcome in the message
        }
    }

    /** One request on a connection of its own: a refused connection is told apart from a cut answer. */
    private static String score(String url) {
        try {
            RawHttp.Answer a = RawHttp.send(url, "POST", "/api/v1/scores?detail=compact",
                    Map.of("X-API-Key", ManagedStack.READER_KEY, "Content-Type", "application/json"),
                    ScoringLoad.ORDER.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String length = a.headers().get("content-length");
            boolean whole = length != null ? a.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length == Integer.parseInt(length)
                    : a.body().endsWith("0\r\n\r\n");
            if (!whole) {
                return a.status() + " with a cut body";
            }
            return Integer.toString(a.status());
        } catch (ConnectException e) {
            return "refused";
        } catch (IOException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private JsonNode snapshot(String supplier) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(supplier + "/api/v1/snapshot"))
                .header("X-Internal-Token", stack.internalToken).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.createObjectNode().put("etag", r.headers().firstValue("ETag").orElseThrow()).set("body", JSON.readTree(r.body()));
    }

    private static String script(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DB_HOST", "127.0.0.1");
        builder.environment().put("MARIADB_BIN", mariadbBin());
        builder.environment().put("DB_SSL", "off"); // the private server has no TLS, on loopback
        builder.environment().putAll(env);
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return output;
    }

    /** The client tools of the MariaDB that scripts/mariadb-private runs (unpacked into the user's cache). */
    private static String mariadbBin() {
        String cache = System.getenv().getOrDefault("XDG_CACHE_HOME", System.getProperty("user.home") + "/.cache");
        Path bin = Path.of(cache, "procrisk", "mariadb-11.4.5", "bin");
        return Files.isExecutable(bin.resolve("mariadb-dump")) ? bin + "/" : "";
    }
}
