package org.procrisk.images;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.Port;
import com.google.cloud.tools.jib.frontend.CredentialRetrieverFactory;

/**
 * Builds an OCI image per service with Jib, on the locally made JRE base image, without a Docker
 * daemon: the fast-jar's libraries in one layer (they change rarely), the application in another,
 * user 185, the same layout and entry point as Quarkus' own Jib images. Always writes a tarball per
 * service; with IMAGES_REGISTRY set, also pushes each image there and writes the pushed references
 * with their digests to OUT_DIR/pushed.txt, which scripts/k8s-overlay turns into an overlay.
 *
 * <pre>BuildImages ROOT BASE.tar OUT_DIR TAG</pre>
 *
 * Image names come from one place, the images: list of k8s/base/kustomization.yaml.
 */
public final class BuildImages {

    private static final Logger LOG = Logger.getLogger(BuildImages.class.getName());
    static final Map<String, Integer> SERVICES = Map.of("supplier-service", 8081, "scoring-service", 8082, "gateway", 8080);
    static final String DEPLOYMENTS = "/deployments";
    static final List<String> ENTRYPOINT = List.of("java", "-XX:MaxRAMPercentage=75",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar", DEPLOYMENTS + "/quarkus-run.jar");

    private final Path root;
    private final Path base;
    private final Path out;
    private final String tag;

    BuildImages(Path root, Path base, Path out, String tag) {
        this.root = root;
        this.base = base;
        this.out = out;
        this.tag = tag;
    }

    public static void main(String[] args) throws Exception {
        BuildImages build = new BuildImages(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), args[3]);
        build.tarballs();
        Optional<String> registry = Optional.ofNullable(System.getenv("IMAGES_REGISTRY")).filter(r -> !r.isBlank());
        if (registry.isPresent()) {
            build.push(registry.get(), Boolean.parseBoolean(System.getenv("IMAGES_REGISTRY_INSECURE")));
        }
    }

    /** The image name of each service as the manifests know it, e.g. docker.io/procrisk/gateway. */
    static Map<String, String> names(Path root) throws Exception {
        JsonNode kustomization = new ObjectMapper(new YAMLFactory()).readTree(root.resolve("k8s/base/kustomization.yaml").toFile());
        Map<String, String> names = new LinkedHashMap<>();
        for (String service : SERVICES.keySet()) {
            for (JsonNode image : kustomization.path("images")) {
                if (image.path("name").asText().endsWith("/" + service)) {
                    names.put(service, image.path("name").asText());
                }
            }
            if (!names.containsKey(service)) {
                throw new IllegalStateException("k8s/base/kustomization.yaml names no image for " + service);
            }
        }
        return names;
    }

    void tarballs() throws Exception {
        Files.createDirectories(out);
        for (Map.Entry<String, String> name : names(root).entrySet()) {
            String reference = name.getValue() + ":" + tag;
            JibContainer image = image(name.getKey()).containerize(cached(Containerizer.to(
                    TarImage.at(out.resolve(name.getKey() + ".tar")).named(reference))));
            LOG.info(() -> name.getKey() + ": " + reference + " " + image.getDigest() + " in " + out);
        }
    }

    /**
     * Pushes every image to REGISTRY/SERVICE:TAG (REGISTRY as in registry.example.com/procrisk) and
     * writes "manifest-name=pushed-name@digest" lines to OUT_DIR/pushed.txt. Credentials come from
     * IMAGES_REGISTRY_USERNAME and _PASSWORD, else from Docker's config and credential helpers.
     */
    Map<String, String> push(String registry, boolean insecure) throws Exception {
        Map<String, String> pushed = new LinkedHashMap<>();
        for (Map.Entry<String, String> name : names(root).entrySet()) {
            String repository = registry.replaceAll("/+$", "") + "/" + name.getKey();
            ImageReference reference = ImageReference.parse(repository + ":" + tag);
            RegistryImage target = RegistryImage.named(reference);
            String user = System.getenv("IMAGES_REGISTRY_USERNAME");
            if (user != null && !user.isBlank()) {
                target.addCredential(user, System.getenv().getOrDefault("IMAGES_REGISTRY_PASSWORD", ""));
            } else {
                target.addCredentialRetriever(CredentialRetrieverFactory.forImage(reference, event -> LOG.fine(event.getMessage()))
                        .dockerConfig());
            }
            JibContainer image = image(name.getKey()).containerize(cached(Containerizer.to(target)).setAllowInsecureRegistries(insecure));
            pushed.put(name.getValue(), repository + "@" + image.getDigest());
            LOG.info(() -> name.getKey() + ": pushed " + repository + ":" + tag + " " + image.getDigest());
        }
        List<String> lines = new ArrayList<>();
        pushed.forEach((name, ref) -> lines.add(name + "=" + ref));
        Files.write(out.resolve("pushed.txt"), lines);
        return pushed;
    }

    private JibContainerBuilder image(String service) throws Exception {
        if (!Files.isRegularFile(base)) {
            throw new IllegalStateException("No base image at " + base + ": run scripts/make-base-image first");
        }
        Path app = root.resolve(service).resolve("target/quarkus-app");
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(service + " is not packaged: " + app);
        }
        return Jib.from(TarImage.at(base))
                .addLayer(List.of(app.resolve("lib")), DEPLOYMENTS)
                .addLayer(List.of(app.resolve("quarkus"), app.resolve("app"), app.resolve("quarkus-run.jar")), DEPLOYMENTS)
                .setWorkingDirectory(AbsoluteUnixPath.get(DEPLOYMENTS))
                .setUser("185:185")
                .setEntrypoint(ENTRYPOINT)
                .addEnvironmentVariable("LANG", "C.UTF-8")
                .addExposedPort(Port.tcp(SERVICES.get(service)))
                .addLabel("org.opencontainers.image.title", service)
                .addLabel("org.opencontainers.image.version", tag);
    }

    private Containerizer cached(Containerizer containerizer) {
        return containerizer.setBaseImageLayersCache(out.resolve("cache/base"))
                .setApplicationLayersCache(out.resolve("cache/application"))
                .setToolName("procrisk-images");
    }
}
