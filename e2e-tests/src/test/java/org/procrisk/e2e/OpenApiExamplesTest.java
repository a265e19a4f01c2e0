package org.procrisk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class OpenApiExamplesTest {

    private static final String DOC = """
            {"openapi":"3.1.0","paths":{"/api/v1/scores":{"post":{
              "parameters":[{"name":"detail","in":"query","schema":{"type":"string","pattern":"full|compact"},"example":"%s"}],
              "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Order"},
                "examples":{"one":{"value":{"lines":[{"unitPrice":%s}]}}}}}},
              "responses":{"200":{"description":"ok"}}}}},
             "components":{"schemas":{"Order":{"type":"object","properties":{"lines":{"type":"array",
               "items":{"$ref":"#/components/schemas/Line"}}}},"Line":{"type":"object","properties":{"unitPrice":{"type":"number"}}}}}}""";

    @Test
    void examplesThatContradictTheirSchemasAreNamed() throws Exception {
        var bad = new ObjectMapper().readTree(DOC.formatted("everything", "\"12.40\""));

        assertThat(OpenApiExamples.violations(bad))
                .anySatisfy(v -> assertThat(v).startsWith("POST /api/v1/scores parameter detail"))
                .anySatisfy(v -> assertThat(v).startsWith("POST /api/v1/scores request application/json example 'one'")
                        .contains("unitPrice"))
                .hasSize(2);
    }

    @Test
    void examplesThatMatchPassThroughReferences() throws Exception {
        var good = new ObjectMapper().readTree(DOC.formatted("full", "12.40"));

        assertThat(OpenApiExamples.violations(good)).isEmpty();
    }
}
