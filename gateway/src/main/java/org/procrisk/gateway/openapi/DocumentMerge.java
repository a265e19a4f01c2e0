package org.procrisk.gateway.openapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BiPredicate;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The merge itself, without I/O: the services' documents reduced to the public paths, one schema per
 * name (two services defining one name differently is an error, not a silent overwrite), only the
 * schemas the paths use, and on every operation the answers the gateway itself gives (401, 403, 429).
 */
final class DocumentMerge {

    /** Two services define a schema of the same name differently. */
    static final class SchemaCollision extends RuntimeException {
        SchemaCollision(String message) {
            super(message);
        }
    }

    private DocumentMerge() {
    }

    /**
     * @param documents by service name, in the order to merge
     * @param isPublic  whether a path of a service is routed by the gateway
     */
    static JsonObject merge(SortedMap<String, JsonObject> documents, Iterable<String> missing,
                            BiPredicate<String, String> isPublic) {
        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        Map<String, String> schemaOwner = new HashMap<>();
        JsonArray tags = new JsonArray();
        documents.forEach((service, doc) -> {
            doc.getJsonObject("paths", new JsonObject()).forEach(e -> {
                if (isPublic.test(e.getKey(), service)) {
                    paths.put(e.getKey(), withGatewayAnswers(((JsonObject) e.getValue()).copy()));
                }
            });
            doc.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject()).forEach(e -> {
                Object existing = schemas.getValue(e.getKey());
                if (existing != null && !existing.equals(e.getValue())) {
                    throw new SchemaCollision("schema '" + e.getKey() + "' is defined differently by "
                            + schemaOwner.get(e.getKey()) + " and " + service + "; rename one of them");
                }
                schemas.put(e.getKey(), e.getValue());
                schemaOwner.putIfAbsent(e.getKey(), service);
            });
            doc.getJsonArray("tags", new JsonArray()).forEach(t -> {
                if (!tags.contains(t) && !"Internal".equals(((JsonObject) t).getString("name"))) {
                    tags.add(t);
                }
            });
        });
        String missingText = String.join(", ", missing);
        String description = "Exposure of purchase orders to single-country refining and export controls. "
                + "Authorize with an API key (reader, editor or admin)."
                + (missingText.isEmpty() ? "" : " Not available right now: " + missingText + ".");
        JsonObject components = new JsonObject()
                .put("schemas", used(paths, schemas))
                .put("responses", gatewayResponses())
                .put("securitySchemes", new JsonObject().put("apiKey", new JsonObject().put("type", "apiKey")
                        .put("in", "header").put("name", "X-API-Key")
                        .put("description", "Your API key; Authorization: Bearer <key> works as well")));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "procrisk API").put("version", "1.0").put("description", description)
                        .put("contact", new JsonObject().put("name", "procrisk engineering"))
                        .put("license", new JsonObject().put("name", "Proprietary")))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/").put("description", "this gateway")))
                .put("tags", tags)
                .put("security", new JsonArray().add(new JsonObject().put("apiKey", new JsonArray())))
                .put("paths", paths)
                .put("components", components);
    }

    /** The service's own 401 (internal token) gives way to the gateway's key, role and rate limit. */
    private static JsonObject withGatewayAnswers(JsonObject pathItem) {
        pathItem.forEach(e -> {
            if (e.getValue() instanceof JsonObject operation && operation.containsKey("responses")) {
                operation.remove("security");
                JsonObject responses = operation.getJsonObject("responses");
                responses.put("401", ref("#/components/responses/Unauthorized"));
                responses.put("403", ref("#/components/responses/Forbidden"));
                responses.put("429", ref("#/components/responses/TooManyRequests"));
            }
        });
        return pathItem;
    }

    private static JsonObject gatewayResponses() {
        return new JsonObject()
                .put("Unauthorized", problem("No API key, or one the gateway does not know"))
                .put("Forbidden", problem("The key's role does not cover this operation"))
                .put("TooManyRequests", problem("The key's rate limit is exceeded; Retry-After says when to retry")
                        .put("headers", new JsonObject().put("Retry-After", new JsonObject()
                                .put("description", "Seconds until a request is admitted again")
                                .put("schema", new JsonObject().put("type", "integer")))));
    }

    private static JsonObject problem(String description) {
        return new JsonObject().put("description", description).put("content", new JsonObject()
                .put("application/problem+json", new JsonObject().put("schema", ref("#/components/schemas/Problem"))));
    }

    private static JsonObject ref(String target) {
        return new JsonObject().put("$ref", target);
    }

    /** The schemas the paths refer to, directly or through other schemas. */
    private static JsonObject used(JsonObject paths, JsonObject schemas) {
        Set<String> names = new LinkedHashSet<>();
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(paths);
        todo.push(ref("#/components/schemas/Problem"));  // the gateway's own answers use it
        while (!todo.isEmpty()) {
            Object node = todo.pop();
            if (node instanceof JsonObject o) {
                String r = o.getString("$ref");
                String prefix = "#/components/schemas/";
                if (r != null && r.startsWith(prefix) && names.add(r.substring(prefix.length()))) {
                    Object schema = schemas.getValue(r.substring(prefix.length()));
                    if (schema != null) {
                        todo.push(schema);
                    }
                }
                // JSON nulls (in examples, say) have nothing to follow, and ArrayDeque refuses them
                o.forEach(e -> pushUnlessNull(todo, e.getValue()));
            } else if (node instanceof JsonArray a) {
                a.forEach(v -> pushUnlessNull(todo, v));
            }
        }
        JsonObject out = new JsonObject();
        schemas.fieldNames().stream().sorted().filter(names::contains).forEach(n -> out.put(n, schemas.getValue(n)));
        return out;
    }

    private static void pushUnlessNull(Deque<Object> todo, Object value) {
        if (value != null) {
            todo.push(value);
        }
    }
}
