package org.procrisk.bomcheck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a policy JSON file (the API's BomPolicy) into the query parameters the service takes. */
final class PolicyFile {

    private static final List<String> FIELDS = List.of("maxRefiningShare", "maxRefiningShareByMaterial",
            "bannedOriginCountries", "exportControls", "minCoverage", "ignoreMaterials", "unknownMaterials", "buyerRestrictions");

    private PolicyFile() {
    }

    static Map<String, String> toQuery(Path file) {
        JsonNode policy;
        try {
            policy = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new CheckException("cannot read policy " + file + ": " + e.getMessage(), e);
        }
        if (policy == null || !policy.isObject()) {
            throw new CheckException("policy " + file + " must be a JSON object");
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = policy.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!FIELDS.contains(field.getKey())) {
                throw new CheckException("policy " + file + ": unknown field '" + field.getKey() + "'; known: " + FIELDS);
            }
            query.put(field.getKey(), value(field.getValue()));
        }
        return query;
    }

    private static String value(JsonNode node) {
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(n.asText()));
            return String.join(",", items);
        }
        if (node.isObject()) {
            List<String> pairs = new ArrayList<>();
            node.fields().forEachRemaining(e -> pairs.add(e.getKey() + ":" + e.getValue().asText()));
            return String.join(",", pairs);
        }
        return node.asText();
    }
}
