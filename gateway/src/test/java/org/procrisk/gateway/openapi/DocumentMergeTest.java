package org.procrisk.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

class DocumentMergeTest {

    private static JsonObject doc(String path, String schema, String type) {
        return new JsonObject("""
                {"openapi":"3.1.0","paths":{"%s":{"get":{"responses":{"200":{"description":"ok",
                 "content":{"application/json":{"schema":{"$ref":"#/components/schemas/%s"}}}}}}}},
                 "components":{"schemas":{"%s":{"type":"%s"},"Problem":{"type":"object"}}}}""".formatted(path, schema, schema, type));
    }

    @Test
    void aSchemaNameDefinedDifferentlyByTwoServicesFailsLoudly() {
        TreeMap<String, JsonObject> docs = new TreeMap<>();
        docs.put("scoring-service", doc("/api/v1/scores", "Direction", "string"));
        docs.put("supplier-service", doc("/api/v1/export-controls", "Direction", "object"));

        assertThatThrownBy(() -> DocumentMerge.merge(docs, List.of(), (path, service) -> true))
                .isInstanceOf(DocumentMerge.SchemaCollision.class)
                .hasMessageContaining("'Direction'").hasMessageContaining("scoring-service").hasMessageContaining("supplier-service");
    }

    @Test
    void identicalSchemasMergeAndUnusedOnesAreLeftOut() {
        TreeMap<String, JsonObject> docs = new TreeMap<>();
        docs.put("a", doc("/api/v1/a", "Shared", "string"));
        docs.put("b", doc("/internal/b", "Hidden", "object").put("components", doc("/x", "Shared", "string")
                .getJsonObject("components").copy()));
        docs.get("b").getJsonObject("components").getJsonObject("schemas").put("Hidden", new JsonObject().put("type", "object"));

        JsonObject merged = DocumentMerge.merge(docs, List.of("c"), (path, service) -> path.startsWith("/api/"));

        assertThat(merged.getJsonObject("paths").fieldNames()).containsExactly("/api/v1/a");
        assertThat(merged.getJsonObject("components").getJsonObject("schemas").fieldNames())
                .containsExactlyInAnyOrder("Shared", "Problem");
        assertThat(merged.getJsonObject("info").getString("description")).endsWith("Not available right now: c.");
        assertThat(merged.getJsonObject("paths").getJsonObject("/api/v1/a").getJsonObject("get")
                .getJsonObject("responses").fieldNames()).contains("200", "401", "403", "429");
    }

    @Test
    void jsonNullsInExamplesAreKept() {
        JsonObject withNulls = doc("/api/v1/a", "Shared", "object");
        withNulls.getJsonObject("components").getJsonObject("schemas").getJsonObject("Shared")
                .put("example", new JsonObject().put("note", (Object) null).put("list", new io.vertx.core.json.JsonArray().addNull()));
        TreeMap<String, JsonObject> docs = new TreeMap<>();
        docs.put("a", withNulls);

        JsonObject merged = DocumentMerge.merge(docs, List.of(), (path, service) -> true);

        JsonObject example = merged.getJsonObject("components").getJsonObject("schemas").getJsonObject("Shared")
                .getJsonObject("example");
        assertThat(example.containsKey("note")).isTrue();
        assertThat(example.getValue("note")).isNull();
        assertThat(example.getJsonArray("list").getValue(0)).isNull();
    }
}
