package org.procrisk.images;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.Port;

/**
 * Builds an OCI image tarball per service with Jib, on the locally made JRE base image (no Docker
 * daemon, no registry): the fast-jar's libraries in one layer (they change rarely), the application
 * in another, user 185, the same layout and entry point as Quarkus' own Jib images.
 *
 * <pre>BuildImages ROOT BASE.tar OUT_DIR TAG</pre>
 */
public final class BuildImages {

    private static final Logger LOG = Logger.getLogger(BuildImages.class.getName());
    static final Map<String, Integer> SERVICES = Map.of("supplier-service", 8081, "scoring-service", 8082, "gateway", 8080);
    static final String DEPLOYMENTS = "/deployments";
    static final List<String> ENTRYPOINT = List.of("java", "-XX:MaxRAMPercentage=75",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar", DEPLOYMENTS + "/quarkus-run.jar");

    private BuildImages() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path base = Path.of(args[1]);
        Path out = Path.of(args[2]);
        String tag = args[3];
        if (!Files.isRegularFile(base)) {
            throw new IllegalStateException("No base image at " + base + ": run scripts/make-base-image first");
        }
        Files.createDirectories(out);
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            build(root, base, out, service.getKey(), service.getValue(), tag);
        }
    }

    static String imageName(String service, String tag) {
        return "docker.io/procrisk/" + service + ":" + tag;
    }

    private static void build(Path root, Path base, Path out, String service, int port, String tag) throws Exception {
        Path app = root.resolve(service).resolve("target/quarkus-app");
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(service + " is not packaged: " + app);
        }
        long start = System.nanoTime();
        JibContainer image = Jib.from(TarImage.at(base))
                .addLayer(List.of(app.resolve("lib")), DEPLOYMENTS)
                .addLayer(List.of(app.resolve("quarkus"), app.resolve("app"), app.resolve("quarkus-run.jar")), DEPLOYMENTS)
                .setWorkingDirectory(AbsoluteUnixPath.get(DEPLOYMENTS))
                .setUser("185:185")
                .setEntrypoint(ENTRYPOINT)
                .addEnvironmentVariable("LANG", "C.UTF-8")
                .addExposedPort(Port.tcp(port))
                .addLabel("org.opencontainers.image.title", service)
                .addLabel("org.opencontainers.image.version", tag)
                .containerize(Containerizer.to(TarImage.at(out.resolve(service + ".tar")).named(imageName(service, tag)))
                        .setBaseImageLayersCache(out.resolve("cache/base"))
                        .setApplicationLayersCache(out.resolve("cache/application"))
                        .setToolName("procrisk-images"));
        LOG.info(() -> String.format("%s: %s in %d ms, %s", service, image.getTargetImage(),
                (System.nanoTime() - start) / 1_000_000, image.getDigest()));
    }
}
