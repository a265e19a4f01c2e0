package org.procrisk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged services in their production profile refuse placeholder secrets, whether a variable or
 * a mounted file (as Kubernetes mounts a Secret) holds them, and say which secret it is.
 */
class ProductionSecretsIT {

    private static final Path ROOT = Stack.ROOT;
    private static final String TOKEN = "e2e-" + Long.toHexString(System.nanoTime()) + "-internal-token";
    private Path dir;
    private Process database;

    @BeforeEach
    void workDir() throws IOException {
        dir = Files.createTempDirectory(ROOT.resolve("e2e-tests/target"), "secrets-");
    }

    @AfterEach
    void stopDatabase() throws InterruptedException {
        if (database != null) {
            database.descendants().forEach(ProcessHandle::destroy);
            database.destroy();
            database.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPlaceholderInternalTokenIsRefusedAndNamed() throws Exception {
        Result scoring = run("scoring-service", Map.of("INTERNAL_TOKEN", "change-me-internal-token"));
        assertThat(scoring.exit()).isNotZero();
        assertThat(scoring.output()).contains("INTERNAL_TOKEN (procrisk.internal-token) is a placeholder");
    }

    @Test
    void secretsComeFromMountedFilesAndAreCheckedThere() throws Exception {
        Path secrets = Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(secrets.resolve("INTERNAL_TOKEN"), "changeme");
        Result refused = run("scoring-service", Map.of("SMALLRYE_CONFIG_SOURCE_FILE_LOCATIONS", secrets.toString()));
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.output()).contains("INTERNAL_TOKEN (procrisk.internal-token) is a placeholder");

        Files.writeString(secrets.resolve("INTERNAL_TOKEN"), TOKEN);
        int port = Ports.free();
        Process scoring = start("scoring-service", Map.of("SMALLRYE_CONFIG_SOURCE_FILE_LOCATIONS", secrets.toString(),
                "HTTP_PORT", Integer.toString(port)), dir.resolve("scoring.log"));
        try {
            HttpClient http = HttpClient.newHttpClient();
            String api = "http://127.0.0.1:" + port + "/api/v1/no-such-thing";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Ports.listening(port)) {
                assertThat(scoring.isAlive()).as(Files.readString(dir.resolve("scoring.log"))).isTrue();
                assertThat(System.nanoTime()).as("started within 60 s").isLessThan(deadline);
                Thread.sleep(100);
            }
            // The token in force is the file's: without it 401, with it past the check (404).
            assertThat(http.send(HttpRequest.newBuilder(URI.create(api)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).isEqualTo(401);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(api)).header("X-Internal-Token", TOKEN).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
        } finally {
            scoring.destroy();
            scoring.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** sha256("change-me-admin-key"), the admin key that k8s/base/secrets.env once shipped. */
    @Test
    void theGatewayRefusesAPlaceholderApiKeyAndNamesIt() throws Exception {
        Result gateway = run("gateway", Map.of("INTERNAL_TOKEN", TOKEN,
                "GATEWAY_API_KEYS", "admin:admin:e46ccecc1691daf270e15a2bc9d7f81dd085fcf642a6e59cd7de6bbf796b81be"));
        assertThat(gateway.exit()).isNotZero();
        assertThat(gateway.output()).contains("API key 'admin' is the hash of a placeholder key");
    }

    /** The database accepts the placeholder password; the service still refuses it. */
    @Test
    void supplierServiceRefusesAPlaceholderDatabasePassword() throws Exception {
        int db = Ports.free();
        ProcessBuilder mariadb = new ProcessBuilder(ROOT.resolve("scripts/mariadb-private").toString(),
                dir.resolve("db").toString(), Integer.toString(db)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("mariadb.log").toFile());
        mariadb.environment().put("MARIADB_PASSWORD", "change-me-db-password");
        database = mariadb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Ports.listening(db)) {
            assertThat(database.isAlive() && System.nanoTime() < deadline).as("MariaDB starts").isTrue();
            Thread.sleep(100);
        }
        Result supplier = run("supplier-service", Map.of("INTERNAL_TOKEN", TOKEN,
                "DB_URL", "jdbc:mariadb://127.0.0.1:" + db + "/procrisk", "DB_USER", "procrisk", "DB_PASSWORD", "change-me-db-password"));
        assertThat(supplier.exit()).isNotZero();
        assertThat(supplier.output()).contains("DB_PASSWORD (quarkus.datasource.password) is a placeholder")
                .doesNotContain("INTERNAL_TOKEN (");
    }

    private record Result(int exit, String output) {
    }

    private Result run(String service, Map<String, String> env) throws Exception {
        Path log = dir.resolve(service + ".log");
        Process p = start(service, Map.of("HTTP_PORT", Integer.toString(Ports.free())), log, env);
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError(service + " did not stop: " + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log));
    }

    @SafeVarargs
    private static Process start(String service, Map<String, String> env, Path log, Map<String, String>... more) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-jar",
                ROOT.resolve(service + "/target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.equals("INTERNAL_TOKEN") || k.startsWith("GATEWAY_") || k.startsWith("DB_"));
        builder.environment().putAll(env);
        for (Map<String, String> m : more) {
            builder.environment().putAll(m);
        }
        builder.environment().put("SUPPLIER_SERVICE_URL", "http://127.0.0.1:9");
        return builder.start();
    }
}
