package org.procrisk.bomcheck.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.procrisk.bomreport.Report;

/** A summary and the violations as an aligned table, for people reading a pipeline log. */
public final class TableReport implements Report {

    private static final int MESSAGE_WIDTH = 100;
    private static final int LISTED = 10;
    private static final Map<String, String> REASONS = Map.of(
            "NO_MATERIAL_DATA", "physical parts without data: register them, or give them procrisk:material properties; they count against coverage",
            "UNKNOWN_MATERIAL", "material codes the dataset does not know (see Unknown materials)",
            "NOT_PHYSICAL", "software and other non-physical components: left out of weights and coverage",
            "IGNORED", "all their materials are in the policy's ignoreMaterials");

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public void write(JsonNode r, String source, boolean failOnWarn, PrintWriter out) {
        JsonNode s = r.path("summary");
        out.printf("BOM check of %s: %s  (%d failures, %d warnings)%n", source, r.path("verdict").asText(),
                s.path("failures").asInt(), s.path("warnings").asInt());
        out.printf("dataset %s, as of %s, method v%s, buyer %s, %s end use; %d lines, coverage %s, score %d (%s)%n",
                r.path("datasetVersion").asText(), r.path("asOf").asText(), r.path("methodVersion").asText(),
                r.path("buyerCountry").asText(), r.path("endUse").asText().toLowerCase(), s.path("lines").asInt(),
                percent(s.path("coverage").asDouble()), s.path("score").asInt(), s.path("riskTier").asText());
        if (r.path("data").path("stale").asBoolean()) {
            out.printf("warning: the registry data is stale (fetched %s)%n", r.path("data").path("fetchedAt").asText());
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"SEVERITY", "RULE", "LINE", "MATERIAL", "MESSAGE"});
        for (JsonNode v : r.path("violations")) {
            rows.add(new String[] {v.path("severity").asText(), v.path("rule").asText(), text(v.path("lineNumber")),
                    text(v.path("material")), shorten(v.path("message").asText())});
        }
        if (rows.size() > 1) {
            out.println();
            print(rows, out);
        }
        if (s.path("violationsTruncated").asBoolean()) {
            out.println("(more violations than listed; see --json)");
        }
        JsonNode unknown = r.path("unknownMaterials");
        if (!unknown.isEmpty()) {
            List<String> items = new ArrayList<>();
            unknown.forEach(u -> items.add(u.path("code").asText() + " (line " + u.path("lineNumber").asText() + ")"));
            out.println();
            out.println("Unknown materials: " + String.join(", ", items));
        }
        unscored(r.path("components"), out);
        if ("WARN".equals(r.path("verdict").asText()) && !failOnWarn) {
            out.println();
            out.println("Warnings do not fail this check; pass --fail-on-warn to make them.");
        }
        out.flush();
    }

    /** CycloneDX: the components that were not scored, grouped by reason, with what would help. */
    private static void unscored(JsonNode components, PrintWriter out) {
        Map<String, List<String>> byStatus = new LinkedHashMap<>();
        for (JsonNode c : components) {
            String status = c.path("status").asText();
            if (!"SCORED".equals(status)) {
                String ref = c.path("bomRef").asText("");
                String name = c.path("name").asText().strip();
                byStatus.computeIfAbsent(status, k -> new ArrayList<>()).add(ref.isEmpty() || ref.equals(name) ? name : ref + " " + name);
            }
        }
        if (byStatus.isEmpty()) {
            return;
        }
        int count = byStatus.values().stream().mapToInt(List::size).sum();
        out.println();
        out.printf("Components not scored (%d of %d):%n", count, components.size());
        byStatus.forEach((status, names) -> {
            List<String> shown = names.subList(0, Math.min(names.size(), LISTED));
            out.printf("  %s (%d): %s%s%n", status, names.size(), String.join(", ", shown),
                    names.size() > LISTED ? " and " + (names.size() - LISTED) + " more" : "");
            out.printf("    %s%n", REASONS.getOrDefault(status, ""));
        });
    }

    private static void print(List<String[]> rows, PrintWriter out) {
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + (width[i] + 2) + "s", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "-" : node.asText();
    }

    private static String shorten(String s) {
        return s.length() <= MESSAGE_WIDTH ? s : s.substring(0, MESSAGE_WIDTH - 1) + "…";
    }

    static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }
}
