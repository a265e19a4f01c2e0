package org.procrisk.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;

import org.procrisk.scoring.api.ScoreResponse;
import org.procrisk.scoring.mapping.OrderMapper;
import org.procrisk.scoring.mapping.ScoreMapper;
import org.procrisk.scoring.method.ExposureMethod;
import org.procrisk.scoring.method.Parameters;
import org.procrisk.scoring.method.ReferenceDataFixture;
import org.procrisk.scoring.snapshot.LoadedData;

/**
 * The answers' JSON against an independent oracle: Jackson writing the same records (nulls left out,
 * decimals plain). Rendered evidence lists, copied from their first rendering, must give the same tree,
 * numbers compared by their text.
 */
class AnswerJsonTest {

    private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final AnswerJson json = new AnswerJson();

    @Test
    void aScoreAnswerIsWrittenAsJacksonWritesItEvenWhenItsEvidenceIsCopied() throws Exception {
        ScoreResponse answer = answer("""
                {"poNumber":"PO-1","buyerCountry":"DE","currency":"EUR","asOf":"2025-06-01","lines":[
                 {"lineNumber":10,"quantity":1000,"unitPrice":12.40,"composition":[
                   {"material":"ND","form":"MAGNET","massKgPerUnit":0.21},{"material":"DY","form":"MAGNET","massKgPerUnit":0.008}]},
                 {"lineNumber":20,"quantity":5,"unitPrice":"3.10","composition":[{"material":"GA","form":"COMPOUND","massKgPerUnit":1e-7}]},
                 {"lineNumber":30,"quantity":7,"unitPrice":2,"composition":[{"material":"DY","form":"MAGNET","massKgPerUnit":0.5}]}]}""");
        String first = new String(json.bytes(answer), StandardCharsets.UTF_8);
        String copied = new String(json.bytes(answer), StandardCharsets.UTF_8);

        assertThat(copied).isEqualTo(first);
        assertThat(first).contains("\"massKgPerUnit\":0.0000001").doesNotContain("E-");
        assertSameTree(first, JACKSON.writeValueAsString(answer));
    }

    @Test
    void aRenderedListThatIsNotAsciiIsWrittenElementByElement() throws Exception {
        ScoreResponse.AppliedControl control = new ScoreResponse.AppliedControl("X-1", "Ausfuhrverbot für Magnete", "DE",
                "BAN", 1.0, "SRC", null, LocalDate.parse("2026-11-10"));
        ScoreResponse.LineResult line = new ScoreResponse.LineResult(10, null, null, "Mülheimer Magnetwerk",
                new BigDecimal("12.40"), false, null, null, null, null, List.of(), null,
                RenderedList.of(List.of(control)), null, null, null);
        ScoreResponse answer = new ScoreResponse("PO-ü", "DE", "EUR", LocalDate.parse("2025-06-01"), "CIVIL", "1", 3,
                new ScoreResponse.DataInfo(3, Instant.parse("2026-11-25T00:00:00Z"), false), BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("1.000000"), 0, "LOW", List.of(), List.of(), null,
                List.of(line), null);

        for (int i = 0; i < 2; i++) {
            String written = new String(json.bytes(answer), StandardCharsets.UTF_8);
            assertThat(written).contains("Ausfuhrverbot für Magnete");
            assertSameTree(written, JACKSON.writeValueAsString(answer));
        }
    }

    private static ScoreResponse answer(String order) throws Exception {
        ExposureMethod method = new ExposureMethod(Parameters.defaults());
        LoadedData data = new LoadedData(ReferenceDataFixture.builder().build(), Instant.EPOCH, Instant.EPOCH, false, null, null);
        var request = new ObjectMapper().registerModule(new JavaTimeModule())
                .readValue(order, org.procrisk.scoring.api.ScoreRequest.class);
        return ScoreMapper.toResponse(method.score(OrderMapper.toOrder(request, data.dataset()), data.dataset()), data,
                method.parameters(), true);
    }

    private static void assertSameTree(String written, String oracle) throws Exception {
        JsonNode a = JACKSON.readTree(written);
        JsonNode b = JACKSON.readTree(oracle);
        List<String> differences = new java.util.ArrayList<>();
        org.procrisk.scoring.testing.JsonDiff.diff("$", b, a, differences);
        assertThat(differences).isEmpty();
        assertThat(a.toString().length()).isPositive();
    }
}
