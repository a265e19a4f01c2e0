package org.procrisk.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;

/**
 * Renders an overlay with the preinstalled kubectl (kustomize v5) and parses every document into the
 * Kubernetes API model. Parsing is strict: the models' catch-all for unknown fields is switched off,
 * so a misspelt field name fails instead of being carried along silently.
 */
final class Manifests {

    static final Path ROOT = Path.of(System.getProperty("procrisk.root", "..")).toAbsolutePath().normalize();

    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("apps/v1/StatefulSet", StatefulSet.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("batch/v1/CronJob", CronJob.class),
            // Custom kinds whose fabric8 models are generated from their CRDs: the strict parse checks them.
            Map.entry("gateway.networking.k8s.io/v1/Gateway", Gateway.class),
            Map.entry("gateway.networking.k8s.io/v1/HTTPRoute", HTTPRoute.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class));

    private static final ObjectMapper YAML = strictMapper();
    private static final ObjectMapper LENIENT = new ObjectMapper(new YAMLFactory());

    private Manifests() {
    }

    static List<HasMetadata> render(String overlay) {
        return parse(kustomize(ROOT.resolve("k8s/overlays").resolve(overlay)));
    }

    /**
     * Writes an overlay of the operator's kind (kustomize refuses absolute paths, so it lives in
     * k8s/target/overlays/NAME and names the repository's directories relative to it) and renders it.
     */
    /** overlays/prod with one of k8s/components/ added, as an operator's overlay would add it. */
    static String renderProdWith(String component) {
        return renderOverlay("prod-with-" + component,
                "resources:\n  - ../../../overlays/prod\ncomponents:\n  - ../../../components/" + component + "\n");
    }

    static String renderOverlay(String name, String kustomization) {
        Path dir = ROOT.resolve("k8s/target/overlays").resolve(name);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("kustomization.yaml"), kustomization);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return kustomize(dir);
    }

    static String kustomize(Path dir) {
        ProcessBuilder command = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false);
        try {
            Process process = command.start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed: " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("kubectl (1.27+ with kustomize v5) is needed to validate k8s/: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> resources = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc == null || doc.isNull() || doc.isEmpty()) {
                    continue;
                }
                String type = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
                if (Schemas.UNCHECKED.containsKey(type)) {
                    resources.add(LENIENT.treeToValue(doc, GenericKubernetesResource.class));
                    continue;
                }
                Class<? extends HasMetadata> model = KINDS.get(type);
                if (model == null) {
                    throw new AssertionError("unexpected resource type " + type + " (" + doc.path("metadata").path("name") + ")");
                }
                try {
                    resources.add(YAML.treeToValue(doc, model));
                } catch (IOException e) {
                    throw new AssertionError(type + " " + doc.path("metadata").path("name").asText() + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new AssertionError("not YAML: " + e.getMessage(), e);
        }
        return resources;
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
            @Override
            public Boolean hasAnySetter(Annotated a) {
                return Boolean.FALSE;
            }

            @Override
            @SuppressWarnings("deprecation")
            public boolean hasAnySetterAnnotation(AnnotatedMethod am) {
                return false;
            }
        });
        return mapper;
    }

    @SuppressWarnings("unchecked")
    static <T extends HasMetadata> List<T> all(List<HasMetadata> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(r -> (T) r).toList();
    }
}
