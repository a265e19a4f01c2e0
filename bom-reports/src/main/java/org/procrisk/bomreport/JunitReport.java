package org.procrisk.bomreport;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JUnit XML as CI servers read it (Jenkins, GitLab, GitHub test reporters): one test case per BOM line
 * plus one for the BOM as a whole; FAIL violations are failures, WARN ones are failures only with
 * --fail-on-warn and otherwise go to system-out.
 */
public final class JunitReport implements Report {

    private static final String WHOLE_BOM = "bill of materials";

    @Override
    public String mediaType() {
        return "application/xml";
    }

    @Override
    public void write(JsonNode r, String source, boolean failOnWarn, PrintWriter out) {
        Map<String, String> names = new LinkedHashMap<>();
        r.path("lines").forEach(l -> names.put(l.path("lineNumber").asText(),
                caseName(l.path("lineNumber").asText(), l.path("partNumber"))));
        Map<String, List<JsonNode>> byCase = new LinkedHashMap<>();
        byCase.put(WHOLE_BOM, new ArrayList<>());
        names.values().forEach(name -> byCase.put(name, new ArrayList<>()));
        for (JsonNode v : r.path("violations")) {
            String line = v.path("lineNumber").asText();
            String key = v.hasNonNull("lineNumber") ? names.getOrDefault(line, "line " + line) : WHOLE_BOM;
            byCase.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
        }
        int failures = 0;
        for (List<JsonNode> vs : byCase.values()) {
            failures += vs.stream().anyMatch(v -> counts(v, failOnWarn)) ? 1 : 0;
        }
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.printf("<testsuites name=\"procrisk BOM check\" tests=\"%d\" failures=\"%d\">%n", byCase.size(), failures);
        out.printf("  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"0\">%n",
                Xml.escape("bom-check " + source), byCase.size(), failures);
        out.printf("    <properties><property name=\"verdict\" value=\"%s\"/><property name=\"datasetVersion\" value=\"%s\"/>"
                        + "<property name=\"asOf\" value=\"%s\"/></properties>%n", Xml.escape(r.path("verdict").asText()),
                Xml.escape(r.path("datasetVersion").asText()), Xml.escape(r.path("asOf").asText()));
        for (Map.Entry<String, List<JsonNode>> c : byCase.entrySet()) {
            out.printf("    <testcase classname=\"%s\" name=\"%s\">", Xml.escape(source), Xml.escape(c.getKey()));
            List<JsonNode> failing = c.getValue().stream().filter(v -> counts(v, failOnWarn)).toList();
            List<JsonNode> warnings = c.getValue().stream().filter(v -> !counts(v, failOnWarn)).toList();
            if (!failing.isEmpty()) {
                out.printf("%n      <failure type=\"%s\" message=\"%s\">%s</failure>", Xml.escape(failing.get(0).path("rule").asText()),
                        Xml.escape(failing.get(0).path("message").asText()), Xml.escape(messages(failing)));
            }
            if (!warnings.isEmpty()) {
                out.printf("%n      <system-out>%s</system-out>", Xml.escape(messages(warnings)));
            }
            out.println(failing.isEmpty() && warnings.isEmpty() ? "</testcase>" : "\n    </testcase>");
        }
        out.println("  </testsuite>");
        out.println("</testsuites>");
        out.flush();
    }

    private static boolean counts(JsonNode violation, boolean failOnWarn) {
        return "FAIL".equals(violation.path("severity").asText()) || failOnWarn;
    }

    private static String messages(List<JsonNode> violations) {
        StringBuilder s = new StringBuilder();
        violations.forEach(v -> s.append(v.path("severity").asText()).append(' ').append(v.path("rule").asText())
                .append(": ").append(v.path("message").asText()).append('\n'));
        return s.toString();
    }

    private static String caseName(String lineNumber, JsonNode partNumber) {
        return "line " + lineNumber + (partNumber.isTextual() ? " " + partNumber.asText() : "");
    }
}
