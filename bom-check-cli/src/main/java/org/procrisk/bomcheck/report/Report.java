package org.procrisk.bomcheck.report;

import java.io.PrintWriter;

import com.fasterxml.jackson.databind.JsonNode;

/** One way to show a check's answer. {@code source} is the BOM file as the user named it. */
public interface Report {

    void write(JsonNode result, String source, boolean failOnWarn, PrintWriter out);

    static Report of(String format) {
        return switch (format) {
            case "table" -> new TableReport();
            case "json" -> new JsonReport();
            case "junit" -> new JunitReport();
            case "sarif" -> new SarifReport();
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }
}
