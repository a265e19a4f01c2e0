package org.procrisk.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One name per image in the manifests, the README and the image build (which reads them from
 * base/kustomization.yaml), so that an operator's images: override matches; and operator overlays pin
 * images by digest (base/ and overlays/prod name tags: they are templates, and inventing a digest
 * for an image we did not build would be worse than naming none).
 */
@Tag("os-tools")
class ImageNamesTest {

    private static final String DIGEST = "sha256:" + "89abcdef01234567".repeat(4);
    private static final List<String> SERVICES = List.of("gateway", "scoring-service", "supplier-service");

    @Test
    void theReadmeNamesTheImagesAsTheManifestsDo() throws IOException {
        String readme = Files.readString(Manifests.ROOT.resolve("k8s/README.md"));
        Map<String, String> images = containerImages(Manifests.kustomize(Manifests.ROOT.resolve("k8s/overlays/prod")));
        for (String service : SERVICES) {
            assertThat(images.get(service)).isEqualTo("docker.io/procrisk/" + service + ":1.0.0");
        }
        assertThat(readme).contains("docker.io/procrisk/<service>").doesNotContain("quarkus.container-image")
                .doesNotContainPattern("[^/]procrisk/<service>");
    }

    @Test
    void anOverrideByTheManifestsNameMatchesAndAShortNameDoesNot() {
        String yaml = Manifests.renderOverlay("image-override", """
                resources:
                  - ../../../overlays/prod
                images:
                  - name: docker.io/procrisk/gateway
                    newName: registry.example.com/procrisk/gateway
                    digest: %s
                  - name: procrisk/scoring-service
                    newName: registry.example.com/procrisk/scoring-service
                """.formatted(DIGEST));
        Map<String, String> images = containerImages(yaml);
        assertThat(images.get("gateway")).isEqualTo("registry.example.com/procrisk/gateway@" + DIGEST);
        // Docker's short form is another name to kustomize: the override silently misses.
        assertThat(images.get("scoring-service")).isEqualTo("docker.io/procrisk/scoring-service:1.0.0");
    }

    @Test
    void anOperatorOverlayPinsEveryImageByDigestAndTheTemplatesAreTheDocumentedException() {
        Map<String, String> prod = containerImages(Manifests.kustomize(Manifests.ROOT.resolve("k8s/overlays/prod")));
        assertThat(notByDigest(prod)).containsOnlyKeys("gateway", "scoring-service", "supplier-service", "mariadb",
                "supplier-service/wait-for-mariadb");
        StringBuilder images = new StringBuilder();
        for (String service : SERVICES) {
            images.append("  - name: docker.io/procrisk/%s\n    newName: registry.example.com/procrisk/%s\n    digest: %s\n"
                    .formatted(service, service, DIGEST));
        }
        String pinned = "resources:\n  - ../../../overlays/prod\nimages:\n" + images;
        assertThat(notByDigest(containerImages(Manifests.renderOverlay("pinned-services", pinned))))
                .as("MariaDB is still by tag").containsOnlyKeys("mariadb", "supplier-service/wait-for-mariadb");
        String all = pinned + "  - name: mariadb\n    newName: registry.example.com/mirror/mariadb\n    digest: " + DIGEST + "\n";
        assertThat(notByDigest(containerImages(Manifests.renderOverlay("pinned-all", all)))).isEmpty();
    }

    private static Map<String, String> notByDigest(Map<String, String> images) {
        Map<String, String> out = new TreeMap<>(images);
        out.values().removeIf(image -> image.matches("[^@]+@sha256:[0-9a-f]{64}"));
        return out;
    }

    /** Workload (and workload/init-container when it is not the main one) to image. */
    private static Map<String, String> containerImages(String yaml) {
        Map<String, String> images = new TreeMap<>();
        for (JsonNode doc : Schemas.documents(yaml)) {
            JsonNode pod = doc.path("spec").path("template").path("spec");
            String workload = doc.path("metadata").path("name").asText();
            List<JsonNode> containers = new ArrayList<>();
            pod.path("containers").forEach(containers::add);
            pod.path("initContainers").forEach(containers::add);
            for (JsonNode c : containers) {
                String name = c.path("name").asText();
                images.put(name.equals(workload) ? workload : workload + "/" + name, c.path("image").asText());
            }
        }
        return images;
    }
}
