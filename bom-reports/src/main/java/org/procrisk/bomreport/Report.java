package org.procrisk.bomreport;

import java.io.PrintWriter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One way to show a BOM check's answer (the JSON of POST /api/v1/bom-checks), shared by the CLI and
 * scoring-service so that both write the same JUnit and SARIF. {@code source} is the BOM file as the
 * user named it; {@code failOnWarn} makes WARN violations count as failures.
 */
public interface Report {

    /** The formats this module writes. */
    java.util.List<String> FORMATS = java.util.List.of("json", "junit", "sarif");

    void write(JsonNode result, String source, boolean failOnWarn, PrintWriter out);

    /** The media type of what {@link #write} produces. */
    String mediaType();

    static Report of(String format) {
        return switch (format) {
            case "json" -> new JsonReport();
            case "junit" -> new JunitReport();
            case "sarif" -> new SarifReport();
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }
}
