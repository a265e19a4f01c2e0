package org.procrisk.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The images as a container runtime would use them, without one: the tarballs are well-formed, and
 * scoring-service's image, unpacked layer by layer, starts with its own entry point as user 185.
 */
class ImageStartTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OUT = Path.of(System.getProperty("images.out", "../target/images"));
    private static final String TAG = System.getProperty("images.tag", "1.0.0");

    @Test
    void everyServiceHasAnImageWithItsNameTagUserAndPort() throws Exception {
        for (Map.Entry<String, Integer> service : BuildImages.SERVICES.entrySet()) {
            Path tar = OUT.resolve(service.getKey() + ".tar");
            JsonNode manifest = JSON.readTree(entry(tar, "manifest.json")).get(0);
            // Docker's short form of the manifests' name (docker.io/procrisk/<service>) and tag
            String name = BuildImages.names(Path.of(System.getProperty("procrisk.root", ".."))).get(service.getKey());
            assertThat(manifest.get("RepoTags").get(0).asText()).isEqualTo(name.replaceFirst("^docker\\.io/", "") + ":" + TAG);
            JsonNode config = JSON.readTree(entry(tar, manifest.get("Config").asText())).get("config");
            assertThat(config.get("User").asText()).isEqualTo("185:185");
            assertThat(config.get("ExposedPorts").has(service.getValue() + "/tcp")).isTrue();
            assertThat(config.get("Entrypoint")).hasSize(BuildImages.ENTRYPOINT.size());
            assertThat(manifest.get("Layers").size()).as("base + libraries + application").isEqualTo(3);
        }
    }

    @Test
    void theScoringImageStartsFromItsUnpackedLayersAsUser185() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "chroot needs root; CI runs as root");
        Path tar = OUT.resolve("scoring-service.tar");
        // The image's root directory: traversable by the image's user, as in a container.
        Path rootfs = Files.createTempDirectory("procrisk-image-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Process app = null;
        try {
            JsonNode manifest = JSON.readTree(entry(tar, "manifest.json")).get(0);
            for (JsonNode layer : manifest.get("Layers")) {
                Path file = rootfs.resolveSibling(rootfs.getFileName() + "-layer");
                Files.write(file, entry(tar, layer.asText()));
                run("tar", "-xf", file.toString(), "-C", rootfs.toString());
                Files.delete(file);
            }
            // What a container runtime provides: /proc (the JVM finds its libraries through it) and /dev.
            for (String fs : new String[] {"proc", "dev"}) {
                Files.createDirectories(rootfs.resolve(fs));
            }
            run("mount", "-t", "proc", "proc", rootfs.resolve("proc").toString());
            run("mount", "--bind", "/dev", rootfs.resolve("dev").toString());
            JsonNode config = JSON.readTree(entry(tar, manifest.get("Config").asText())).get("config");
            int port = freePort();
            List<String> command = new ArrayList<>(List.of("chroot", "--userspec=" + config.get("User").asText(), rootfs.toString()));
            config.get("Entrypoint").forEach(e -> command.add(e.asText()));
            ProcessBuilder start = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(rootfs.resolveSibling(rootfs.getFileName() + ".log").toFile());
            start.environment().clear();
            config.get("Env").forEach(e -> {
                String[] kv = e.asText().split("=", 2);
                start.environment().put(kv[0], kv[1]);
            });
            start.environment().putAll(Map.of("HTTP_PORT", Integer.toString(port), "INTERNAL_TOKEN", "image-test",
                    "SUPPLIER_SERVICE_URL", "http://127.0.0.1:9"));
            app = start.start();
            String live = awaitLive(port, app);
            assertThat(live).contains("\"status\": \"UP\"");
            String uid = Files.readAllLines(Path.of("/proc", Long.toString(app.pid()), "status")).stream()
                    .filter(l -> l.startsWith("Uid:")).findFirst().orElseThrow();
            assertThat(uid.split("\\s+")[1]).as("runs as the image's user").isEqualTo("185");
        } finally {
            if (app != null) {
                app.destroy();
                app.waitFor();
            }
            new ProcessBuilder("umount", "-l", rootfs.resolve("proc").toString()).start().waitFor();
            new ProcessBuilder("umount", "-l", rootfs.resolve("dev").toString()).start().waitFor();
            try (Stream<Path> files = Files.walk(rootfs)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String awaitLive(int port, Process app) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the image's java process is running").isTrue();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/live"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return r.body();
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("scoring-service from the image did not become live within 90 s");
    }

    /** One file of a tar archive (the image tarballs are plain, uncompressed tar). */
    private static byte[] entry(Path tar, String name) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tar", "-xOf", tar.toString(), name).start();
        byte[] bytes;
        try (InputStream in = p.getInputStream()) {
            bytes = in.readAllBytes();
        }
        assertThat(p.waitFor()).as("%s in %s", name, tar).isZero();
        return bytes;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
