package org.procrisk.bomreport;

import java.io.PrintWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The service's answer as it came, indented. */
public final class JsonReport implements Report {

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public void write(JsonNode result, String source, boolean failOnWarn, PrintWriter out) {
        try {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
