package org.procrisk.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every worked case of the method's examples.json, field for field, on the method alone. */
class WorkedExamplesTest {

    private final ExposureMethod method = new ExposureMethod(Parameters.defaults());

    @TestFactory
    Stream<DynamicTest> everyWorkedExampleMatches() throws IOException {
        JsonNode examples;
        try (InputStream in = getClass().getResourceAsStream("/method/examples.json")) {
            examples = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        examples.forEach(example -> tests.add(DynamicTest.dynamicTest(example.get("name").asText(),
                () -> check(example))));
        assertThat(tests).hasSize(12);
        return tests.stream();
    }

    private void check(JsonNode example) {
        Dataset data = dataset(example.path("registry"));
        OrderExposure result = method.score(order(example.get("request")), data);
        JsonNode expected = example.get("expected");

        assertThat(money(result.totalValue())).as("totalValue").isEqualTo(expected.get("totalValue").asText());
        assertThat(money(result.controlValueAtRisk())).as("controlValueAtRisk")
                .isEqualTo(expected.get("controlValueAtRisk").asText());
        assertThat(money(result.singleCountryRefiningValue())).as("singleCountryRefiningValue")
                .isEqualTo(expected.get("singleCountryRefiningValue").asText());
        assertThat(result.coverage().setScale(6, RoundingMode.HALF_UP).toPlainString()).as("coverage")
                .isEqualTo(expected.get("coverage").asText());
        assertThat(result.score()).as("score").isEqualTo(expected.get("score").asInt());
        assertThat(result.riskTier().name()).as("riskTier").isEqualTo(expected.get("riskTier").asText());

        JsonNode expectedLines = expected.get("lines");
        assertThat(result.lines()).hasSize(expectedLines.size());
        for (int i = 0; i < expectedLines.size(); i++) {
            JsonNode want = expectedLines.get(i);
            LineExposure line = result.lines().get(i);
            String where = "line " + want.get("lineNumber").asInt();
            assertThat(line.line().lineNumber()).isEqualTo(want.get("lineNumber").asInt());
            assertThat(line.scored()).as(where + " scored").isEqualTo(want.get("scored").asBoolean());
            assertThat(line.flags().stream().map(Enum::name).sorted().toList()).as(where + " flags")
                    .isEqualTo(texts(want.get("flags")));
            if (!line.scored()) {
                continue;
            }
            assertThat(Precision.probability(line.controlProbability()).toPlainString()).as(where + " P")
                    .isEqualTo(want.get("controlProbability").asText());
            assertThat(Precision.probability(line.concentration()).toPlainString()).as(where + " C")
                    .isEqualTo(want.get("concentration").asText());
            assertThat(Precision.probability(line.risk()).toPlainString()).as(where + " R")
                    .isEqualTo(want.get("risk").asText());
            assertThat(line.controls().stream().map(ExportControl::id).toList()).as(where + " controls")
                    .isEqualTo(texts(want.get("controls")));
        }
    }

    private static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static Order order(JsonNode request) {
        List<Order.Line> lines = new ArrayList<>();
        request.get("lines").forEach(l -> lines.add(new Order.Line(
                l.get("lineNumber").asInt(),
                l.hasNonNull("partNumber") ? l.get("partNumber").asText() : null,
                l.has("composition") ? components(l.get("composition")) : null,
                l.path("supplierId").asText(null),
                new BigDecimal(l.get("quantity").asText()),
                new BigDecimal(l.get("unitPrice").asText()))));
        EndUse endUse = request.has("endUse") ? EndUse.valueOf(request.get("endUse").asText()) : EndUse.CIVIL;
        return new Order(request.get("poNumber").asText(), request.get("buyerCountry").asText(),
                request.get("currency").asText(), LocalDate.parse(request.get("asOf").asText()), endUse,
                new HashSet<>(texts(request.path("programmes"))), lines);
    }

    private static List<Component> components(JsonNode composition) {
        List<Component> out = new ArrayList<>();
        composition.forEach(c -> out.add(new Component(c.get("material").asText(),
                Form.valueOf(c.get("form").asText()), c.get("massKgPerUnit").asDouble())));
        return out;
    }

    private static Dataset dataset(JsonNode registry) {
        Dataset.Builder builder = ReferenceDataFixture.builder();
        registry.path("suppliers").forEach(s -> builder.supplier(new Supplier("id-" + s.get("externalId").asText(),
                s.get("externalId").asText(), s.get("name").asText(), s.get("country").asText())));
        registry.path("parts").forEach(p -> builder.part(new Part(p.get("partNumber").asText(),
                components(p.get("composition")))));
        int n = 0;
        for (JsonNode d : registry.path("declarations")) {
            Map<String, Double> shares = new HashMap<>();
            d.get("shares").fields().forEachRemaining(e -> shares.put(e.getKey(), e.getValue().asDouble()));
            builder.declaration(new Declaration("decl-" + (++n), d.get("supplier").asText(),
                    d.path("partNumber").asText(null), d.get("material").asText(), Stage.valueOf(d.get("stage").asText()),
                    shares, LocalDate.parse(d.get("validFrom").asText()),
                    d.hasNonNull("validTo") ? LocalDate.parse(d.get("validTo").asText()) : null, null));
        }
        return builder.build();
    }
}
