package org.procrisk.bomreport;

import java.io.PrintWriter;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 (GitHub code scanning, GitLab, Azure DevOps): one result per violation, level error for
 * FAIL and warning for WARN, located in the BOM file with the line number as a logical location.
 */
public final class SarifReport implements Report {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String mediaType() {
        return "application/sarif+json";
    }

    @Override
    public void write(JsonNode r, String source, boolean failOnWarn, PrintWriter out) {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "procrisk-bom-check");
        driver.put("informationUri", "https://github.com/procrisk/procrisk/blob/main/docs/bom-checks.md");
        driver.put("semanticVersion", "1.0.0");
        Set<String> rules = new TreeSet<>();
        r.path("violations").forEach(v -> rules.add(v.path("rule").asText()));
        ArrayNode ruleList = driver.putArray("rules");
        rules.forEach(id -> ruleList.addObject().put("id", id).putObject("shortDescription").put("text", describe(id)));
        ObjectNode properties = run.putObject("properties");
        properties.put("verdict", r.path("verdict").asText());
        properties.put("datasetVersion", r.path("datasetVersion").asLong());
        properties.put("asOf", r.path("asOf").asText());
        ArrayNode results = run.putArray("results");
        for (JsonNode v : r.path("violations")) {
            ObjectNode result = results.addObject();
            result.put("ruleId", v.path("rule").asText());
            result.put("level", "FAIL".equals(v.path("severity").asText()) ? "error" : "warning");
            result.putObject("message").put("text", v.path("message").asText());
            ObjectNode location = result.putArray("locations").addObject();
            location.putObject("physicalLocation").putObject("artifactLocation").put("uri", source);
            if (v.hasNonNull("lineNumber")) {
                location.putArray("logicalLocations").addObject().put("name", "line " + v.path("lineNumber").asText())
                        .put("kind", "element");
            }
        }
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(log));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    private static String describe(String rule) {
        return switch (rule) {
            case "SINGLE_COUNTRY_REFINING" -> "A material's top refining country holds more than the policy allows";
            case "BANNED_ORIGIN" -> "A stage of a material's supply includes a banned country";
            case "EXPORT_CONTROL" -> "An export control in force bites on a material";
            case "MIN_COVERAGE" -> "Too little of the BOM could be scored";
            case "UNKNOWN_MATERIAL" -> "A material code or CAS number is not known";
            case "BUYER_RESTRICTION" -> "A buyer-side restriction (DFARS 225.7018) finds the line non-compliant or at risk";
            default -> rule;
        };
    }
}
