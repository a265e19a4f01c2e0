package org.procrisk.scoring.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A registry snapshot in supplier-service's wire format, built from the project's reference CSVs plus
 * an optional registry fixture (the {@code registry} block of a worked example).
 */
public final class SnapshotJson {

    private static final Path DATA = Path.of("../supplier-service/src/main/resources/reference-data");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SnapshotJson() {
    }

    public static String of(long version, JsonNode registry) {
        ObjectNode root = JSON.createObjectNode();
        root.put("datasetVersion", version);
        root.put("changedAt", "2026-11-25T00:00:00Z");
        ArrayNode materials = root.putArray("materials");
        rows("materials.csv").forEach(r -> materials.addObject().put("code", r.get("code")).put("group", r.get("group")));
        ArrayNode shares = root.putArray("countryShares");
        rows("country-shares.csv").forEach(r -> shares.addObject().put("material", r.get("material"))
                .put("stage", r.get("stage")).put("country", r.get("country"))
                .put("share", new java.math.BigDecimal(r.get("share"))).put("year", Integer.parseInt(r.get("year")))
                .put("sourceId", r.get("source_id")).put("basis", r.get("basis")));
        ArrayNode controls = root.putArray("exportControls");
        rows("export-controls.csv").forEach(r -> {
            ObjectNode c = controls.addObject();
            c.put("id", r.get("id")).put("issuer", r.get("issuer")).put("title", r.get("title"))
                    .put("measure", r.get("measure")).put("direction", r.get("direction"))
                    .put("endUse", r.get("end_use")).put("sourceId", r.get("source_id"));
            list(c.putArray("materials"), r.get("materials"));
            list(c.putArray("forms"), r.get("forms"));
            list(c.putArray("targetCountries"), r.get("target_countries"));
            for (String[] date : new String[][] {{"announced", "announced"}, {"effectiveFrom", "effective_from"},
                    {"suspendedFrom", "suspended_from"}, {"suspendedUntil", "suspended_until"}, {"ended", "ended"},
                    {"programme", "programme"}}) {
                String value = r.get(date[1]);
                if (value == null || value.isBlank()) {
                    c.putNull(date[0]);
                } else {
                    c.put(date[0], value);
                }
            }
        });
        ArrayNode sources = root.putArray("sources");
        rows("sources.csv").forEach(r -> sources.addObject().put("id", r.get("id")).put("publisher", r.get("publisher"))
                .put("title", r.get("title")).put("year", Integer.parseInt(r.get("year"))).put("url", r.get("url")));
        ArrayNode suppliers = root.putArray("suppliers");
        ArrayNode parts = root.putArray("parts");
        ArrayNode declarations = root.putArray("declarations");
        if (registry != null) {
            registry.path("suppliers").forEach(s -> suppliers.addObject().put("id", "id-" + s.get("externalId").asText())
                    .put("externalId", s.get("externalId").asText()).put("name", s.get("name").asText())
                    .put("country", s.get("country").asText()));
            registry.path("parts").forEach(p -> parts.addObject().put("partNumber", p.get("partNumber").asText())
                    .put("description", p.path("description").asText(null)).set("composition", p.get("composition")));
            int n = 0;
            for (JsonNode d : registry.path("declarations")) {
                ObjectNode out = declarations.addObject().put("id", "decl-" + (++n)).put("supplier", d.get("supplier").asText())
                        .put("material", d.get("material").asText()).put("stage", d.get("stage").asText())
                        .put("validFrom", d.get("validFrom").asText());
                out.put("partNumber", d.path("partNumber").asText(null));
                out.put("validTo", d.path("validTo").asText(null));
                out.set("shares", d.get("shares"));
            }
        }
        return root.toString();
    }

    /** Every worked example of the method, as shipped in the test resources. */
    public static JsonNode examples() {
        try (var in = SnapshotJson.class.getResourceAsStream("/method/examples.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The registry fixtures of all examples merged, so one snapshot serves every example. */
    public static JsonNode allRegistries() {
        ObjectNode merged = JSON.createObjectNode();
        for (String key : List.of("suppliers", "parts", "declarations")) {
            ArrayNode all = merged.putArray(key);
            examples().forEach(e -> e.path("registry").path(key).forEach(all::add));
        }
        return merged;
    }

    private static void list(ArrayNode target, String joined) {
        if (joined != null && !joined.isBlank()) {
            Arrays.stream(joined.split(";")).map(String::trim).forEach(target::add);
        }
    }

    private static List<Map<String, String>> rows(String file) {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(Files.newBufferedReader(DATA.resolve(file)))) {
            List<Map<String, String>> out = new ArrayList<>();
            it.forEachRemaining(r -> out.add(new LinkedHashMap<>(r)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
