package org.procrisk.scoring.config;

import java.math.BigDecimal;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

import org.procrisk.scoring.mapping.LineResultWriter;
import org.procrisk.scoring.api.ScoreResponse;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Score answers are large trees of records; Blackbird replaces Jackson's reflective accessor calls
 * with generated lambdas, which the scoring benchmark showed to be a visible share of the time;
 * decimals are written without the intermediate strings of toPlainString, and score lines by a
 * hand-written serializer.
 */
@Singleton
public class FastJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
        mapper.registerModule(new SimpleModule("plain-decimals").addSerializer(BigDecimal.class, new PlainDecimalSerializer()));
        mapper.registerModule(new SimpleModule("score-lines").addSerializer(ScoreResponse.LineResult.class, new LineResultWriter()));
    }
}
