package org.procrisk.k8s;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Validates rendered objects against the OpenAPI of Kubernetes 1.35, the oldest minor we support,
 * through the models that client-java 26 generates from that document: each model refuses fields its
 * schema does not define, checks required fields and nested objects, and Gson then checks the types.
 * A field added in a later minor is therefore an error here, as it is on a 1.35 API server.
 */
final class Schemas {

    static final String FLOOR = "1.35";

    /**
     * Custom kinds: their CRDs are not on this machine, so they are checked only for their place in the
     * render (names and references), not for their fields. k8s/README.md lists them.
     */
    static final Map<String, String> UNCHECKED = Map.of(
            "external-secrets.io/v1/ExternalSecret", "External Secrets Operator CRD (v0.17+)",
            "gateway.nginx.org/v1alpha1/ClientSettingsPolicy", "NGINX Gateway Fabric CRD");

    /** Custom kinds checked by fabric8's models generated from their CRDs (Manifests' strict parse). */
    static final Map<String, String> FABRIC8_CRD_MODELS = Map.of(
            "gateway.networking.k8s.io/v1/Gateway", "Gateway API (kubernetes-model-gatewayapi)",
            "gateway.networking.k8s.io/v1/HTTPRoute", "Gateway API (kubernetes-model-gatewayapi)",
            "monitoring.coreos.com/v1/ServiceMonitor", "Prometheus Operator (openshift-model-monitoring)");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODELS = "io.kubernetes.client.openapi.models.";

    private Schemas() {
    }

    /** The errors of every document, one line each; empty when all validate. */
    static List<String> errors(String yaml) {
        List<String> errors = new ArrayList<>();
        for (JsonNode doc : documents(yaml)) {
            String type = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
            String at = type + " " + doc.path("metadata").path("name").asText();
            if (UNCHECKED.containsKey(type)) {
                continue;
            }
            if (FABRIC8_CRD_MODELS.containsKey(type)) {
                try {
                    Manifests.parse(YAML.writeValueAsString(doc));
                } catch (AssertionError | IOException e) {
                    errors.add(at + ": " + e.getMessage());
                }
                continue;
            }
            try {
                Method fromJson = model(doc).getMethod("fromJson", String.class);
                fromJson.invoke(null, JSON.writeValueAsString(doc));
            } catch (ClassNotFoundException | NoSuchMethodException e) {
                errors.add(at + ": not a kind of Kubernetes " + FLOOR);
            } catch (InvocationTargetException e) {
                errors.add(at + ": " + abbreviate(e.getCause().getMessage()));
            } catch (IOException | IllegalAccessException e) {
                errors.add(at + ": " + e);
            }
        }
        return errors;
    }

    static List<JsonNode> documents(String yaml) {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        } catch (IOException e) {
            throw new AssertionError("not YAML: " + e.getMessage(), e);
        }
        return docs;
    }

    /** apps/v1 Deployment is V1Deployment, autoscaling/v2 HorizontalPodAutoscaler is V2HorizontalPodAutoscaler. */
    private static Class<?> model(JsonNode doc) throws ClassNotFoundException {
        String apiVersion = doc.path("apiVersion").asText();
        String version = apiVersion.substring(apiVersion.lastIndexOf('/') + 1);
        String kind = doc.path("kind").asText();
        if (version.isEmpty() || kind.isEmpty()) {
            throw new ClassNotFoundException(apiVersion + "/" + kind);
        }
        return Class.forName(MODELS + Character.toUpperCase(version.charAt(0)) + version.substring(1) + kind);
    }

    /** The models append the whole offending object to their messages. */
    private static String abbreviate(String message) {
        int json = message == null ? -1 : message.indexOf(". JSON: ");
        return json < 0 ? String.valueOf(message) : message.substring(0, json);
    }
}
