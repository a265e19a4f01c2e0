package org.procrisk.scoring.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.procrisk.common.http.JsonConfig;
import org.procrisk.scoring.config.FastJson;
import org.procrisk.scoring.config.PlainDecimalSerializer;
import org.procrisk.scoring.method.Component;
import org.procrisk.scoring.method.Declaration;
import org.procrisk.scoring.method.ExposureMethod;
import org.procrisk.scoring.method.Form;
import org.procrisk.scoring.method.Parameters;
import org.procrisk.scoring.method.Part;
import org.procrisk.scoring.method.ReferenceDataFixture;
import org.procrisk.scoring.method.Stage;
import org.procrisk.scoring.method.Supplier;
import org.procrisk.scoring.api.ScoreRequest;
import org.procrisk.scoring.snapshot.LoadedData;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

/**
 * The hand-written writers of score answers, the line serializer Jackson uses for batches and
 * {@link ScoreAnswerJson} for POST /scores, against Jackson's own bean serializer on whole answers.
 */
class ScoreAnswerWritersTest {

    private static final LoadedData DATA = new LoadedData(ReferenceDataFixture.builder()
            .supplier(new Supplier("s1", "V-1", "Nippon \"Magnet\" KK", "JP"))
            .supplier(new Supplier("s2", "V-2", "Mülheimer Magnetwerk", "DE"))
            .declaration(new Declaration("d1", "V-2", null, "DY", Stage.REFINING, java.util.Map.of("JP", 0.6, "CN", 0.4),
                    LocalDate.parse("2025-01-01"), null, null))
            .part(new Part("P-1", List.of(new Component("SM", Form.MAGNET, 0.004))))
            .build(), Instant.EPOCH, Instant.EPOCH, false, null, null);
    private static final ExposureMethod METHOD = new ExposureMethod(Parameters.defaults());

    private final ObjectMapper service = mapper(true);
    private final ObjectMapper plain = mapper(false);

    @ParameterizedTest
    @ValueSource(strings = {
            // controls, context controls, a de-minimis and a no-data material
            """
            {"poNumber":"PO-1","buyerCountry":"DE","currency":"EUR","asOf":"2025-06-01","lines":[
             {"lineNumber":10,"quantity":1000,"unitPrice":"12.40","supplierId":"V-1","composition":[{"material":"ND","form":"MAGNET","massKgPerUnit":0.21},
              {"material":"DY","form":"MAGNET","massKgPerUnit":0.008}]},
             {"lineNumber":20,"quantity":3,"unitPrice":"0","composition":[{"material":"GA","form":"COMPOUND","massKgPerUnit":0.0000004}]},
             {"lineNumber":30,"quantity":7,"unitPrice":"1.10","partNumber":"NO-SUCH-PART"},
             {"lineNumber":40,"quantity":5,"unitPrice":"3.00","partNumber":"P-1","supplierId":"V-1"},
             {"lineNumber":50,"quantity":9,"unitPrice":"4.50","supplierId":"V-2","composition":[{"material":"DY","form":"MAGNET","massKgPerUnit":0.01}]}]}""",
            // buyer-side verdicts per line
            """
            {"poNumber":"PO-DOD","buyerCountry":"US","currency":"USD","asOf":"2026-11-25","programmes":["US-DOD"],"lines":[
             {"lineNumber":10,"quantity":200,"unitPrice":"206.00","supplierId":"V-1","composition":[{"material":"ND","form":"MAGNET","massKgPerUnit":0.2}]},
             {"lineNumber":20,"quantity":40,"unitPrice":"95.00","composition":[{"material":"W","form":"ALLOY","massKgPerUnit":0.4}]}]}"""})
    void writesEachLineAsTheBeanSerializerWould(String json) throws Exception {
        ScoreRequest request = service.readValue(json, ScoreRequest.class);
        for (boolean detail : new boolean[] {true, false}) {
            var exposure = METHOD.score(OrderMapper.toOrder(request, DATA.dataset()), DATA.dataset());
            var answer = ScoreMapper.toResponse(exposure, DATA, METHOD.parameters(), detail);

            String expected = plain.writeValueAsString(answer);

            assertThat(service.writeValueAsString(answer)).isEqualTo(expected).contains("\"lines\":[{", "\"supplierName\"");
            assertThat(ScoreAnswerJson.write(answer, service).toString()).isEqualTo(expected);
        }
    }

    private static ObjectMapper mapper(boolean asInTheService) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new JsonConfig().customize(mapper);
        if (asInTheService) {
            new FastJson().customize(mapper);
        } else {
            mapper.registerModule(new BlackbirdModule())
                    .registerModule(new SimpleModule().addSerializer(BigDecimal.class, new PlainDecimalSerializer()));
        }
        return mapper;
    }
}
