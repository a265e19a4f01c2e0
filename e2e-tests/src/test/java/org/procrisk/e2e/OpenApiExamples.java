package org.procrisk.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Every example an OpenAPI 3.1 document gives (parameters, request and response bodies) checked
 * against the schema it illustrates, with JSON Schema 2020-12: the class of mistake Spectral's
 * oas3-valid-media-example and Redocly's no-invalid-media-type-examples report.
 */
final class OpenApiExamples {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private OpenApiExamples() {
    }

    /** One line per example that does not validate, naming where it is; empty when all do. */
    static List<String> violations(JsonNode document) {
        List<String> out = new ArrayList<>();
        List<Integer> counted = new ArrayList<>(List.of(0));
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            op.getValue().path("parameters").forEach(p ->
                    check(document, p.path("schema"), p.get("example"), where + " parameter " + p.path("name").asText(), out, counted));
            op.getValue().path("requestBody").path("content").fields().forEachRemaining(media ->
                    checkMedia(document, media, where + " request " + media.getKey(), out, counted));
            op.getValue().path("responses").fields().forEachRemaining(response ->
                    response.getValue().path("content").fields().forEachRemaining(media ->
                            checkMedia(document, media, where + " " + response.getKey() + " " + media.getKey(), out, counted)));
        }));
        if (counted.get(0) == 0) {
            out.add("the document has no examples at all");
        }
        return out;
    }

    private static void checkMedia(JsonNode document, Map.Entry<String, JsonNode> media, String where, List<String> out,
                                   List<Integer> counted) {
        JsonNode schema = media.getValue().path("schema");
        check(document, schema, media.getValue().get("example"), where, out, counted);
        media.getValue().path("examples").fields().forEachRemaining(example ->
                check(document, schema, example.getValue().get("value"), where + " example '" + example.getKey() + "'", out, counted));
    }

    private static void check(JsonNode document, JsonNode schema, JsonNode example, String where, List<String> out,
                              List<Integer> counted) {
        if (example == null || schema.isMissingNode()) {
            return;
        }
        counted.set(0, counted.get(0) + 1);
        // The schema with the document's components beside it, so that its $refs resolve.
        ObjectNode root = schema.deepCopy();
        root.set("components", document.path("components"));
        JsonSchema compiled = SCHEMAS.getSchema(root);
        for (ValidationMessage m : compiled.validate(example)) {
            out.add(where + ": " + m.getMessage());
        }
    }
}
