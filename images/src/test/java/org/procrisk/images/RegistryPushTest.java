package org.procrisk.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The README's image path against a real registry (Debian's docker-registry on loopback): push with
 * jib-core, read each manifest back by tag and check its digest, then write the cluster's overlay
 * with scripts/k8s-overlay and render it: every image is the pushed one, by digest.
 */
class RegistryPushTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("procrisk.root", "..")).toAbsolutePath().normalize();
    private static final Path OUT = Path.of(System.getProperty("images.out", "../target/images"));
    private static final String TAG = System.getProperty("images.tag", "1.0.0");
    /** A test input for the operator's MariaDB mirror: only the overlay's plumbing is checked with it. */
    private static final String MARIADB = "registry.example.com/mirror/mariadb:11.4.5@sha256:" + "0123456789abcdef".repeat(4);

    private static Process registry;
    private static int port;
    private static Map<String, String> pushed;

    @BeforeAll
    static void pushToALocalRegistry() throws Exception {
        Path dir = Files.createDirectories(OUT.resolve("registry"));
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path config = dir.resolve("config.yml");
        Files.writeString(config, """
                version: 0.1
                log: {level: warn}
                storage:
                  filesystem: {rootdirectory: %s}
                http:
                  addr: 127.0.0.1:%d
                """.formatted(dir.resolve("storage"), port));
        registry = new ProcessBuilder("/usr/bin/docker-registry", "serve", config.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("registry.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!listening(port)) {
            assertThat(registry.isAlive() && System.nanoTime() < deadline).as("docker-registry starts").isTrue();
            Thread.sleep(100);
        }
        pushed = new BuildImages(ROOT, OUT.resolve("jre17-base.tar"), OUT, TAG).push("127.0.0.1:" + port + "/procrisk", true);
    }

    @AfterAll
    static void stopRegistry() throws InterruptedException {
        if (registry != null) {
            registry.destroy();
            registry.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyImageIsInTheRegistryUnderItsDigestAndIsTheTarballsImage() throws Exception {
        assertThat(pushed).containsOnlyKeys(BuildImages.names(ROOT).values());
        HttpClient http = HttpClient.newHttpClient();
        for (Map.Entry<String, String> service : BuildImages.names(ROOT).entrySet()) {
            String ref = pushed.get(service.getValue());
            assertThat(ref).startsWith("127.0.0.1:" + port + "/procrisk/" + service.getKey() + "@sha256:");
            HttpResponse<byte[]> manifest = http.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + port + "/v2/procrisk/" + service.getKey() + "/manifests/" + TAG))
                    .header("Accept", "application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json")
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(manifest.statusCode()).isEqualTo(200);
            String digest = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(manifest.body()));
            assertThat(ref).endsWith("@" + digest);
            assertThat(manifest.headers().firstValue("Docker-Content-Digest")).contains(digest);
            // The same configuration (user, entry point, labels, layers' contents) as the tarball's image.
            JsonNode tarManifest = JSON.readTree(entry(OUT.resolve(service.getKey() + ".tar"), "manifest.json")).get(0);
            byte[] tarConfig = entry(OUT.resolve(service.getKey() + ".tar"), tarManifest.get("Config").asText());
            assertThat(JSON.readTree(manifest.body()).path("config").path("digest").asText())
                    .isEqualTo("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tarConfig)));
        }
        assertThat(Files.readAllLines(OUT.resolve("pushed.txt"))).hasSize(3);
    }

    @Test
    void theClustersOverlayPinsEveryImageByDigest() throws Exception {
        Path overlay = OUT.resolve("overlays/cluster");
        Result written = run(List.of(ROOT.resolve("scripts/k8s-overlay").toString(), overlay.toString()), Map.of("MARIADB_IMAGE", MARIADB));
        assertThat(written.exit()).as(written.output()).isZero();
        Result render = run(List.of("kubectl", "kustomize", overlay.toString()), Map.of());
        assertThat(render.exit()).as(render.output()).isZero();
        List<String> images = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s+image: (\\S+)$").matcher(render.output());
        while (m.find()) {
            images.add(m.group(1));
        }
        // the three services, MariaDB, and MariaDB again in the init container and the backup and restore jobs
        assertThat(images).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(image -> assertThat(image).matches("[^@:]+(:\\d+)?[^@:]*@sha256:[0-9a-f]{64}"));
        assertThat(new java.util.HashSet<>(images)).hasSize(4);
        assertThat(images).containsAll(pushed.values())
                .contains("registry.example.com/mirror/mariadb@sha256:" + "0123456789abcdef".repeat(4));
    }

    @Test
    void theOverlayScriptRefusesMariaDbByTag() throws Exception {
        Path overlay = OUT.resolve("overlays/refused");
        for (String mariadb : List.of("", "docker.io/library/mariadb:11.4.5", "mariadb@sha256:abc")) {
            Result r = run(List.of(ROOT.resolve("scripts/k8s-overlay").toString(), overlay.toString()), Map.of("MARIADB_IMAGE", mariadb));
            assertThat(r.exit()).as(mariadb).isEqualTo(2);
            assertThat(r.output()).contains("by digest");
        }
        assertThat(overlay.resolve("kustomization.yaml")).doesNotExist();
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("IMAGES_PUSHED", OUT.resolve("pushed.txt").toString());
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), output);
    }

    private static byte[] entry(Path tar, String name) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tar", "-xOf", tar.toString(), name).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        return bytes;
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
