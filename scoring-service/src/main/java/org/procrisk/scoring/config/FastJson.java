package org.procrisk.scoring.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Orders are read by Jackson: Blackbird replaces its reflective accessor calls with generated lambdas.
 * Answers are written by {@link org.procrisk.scoring.json.AnswerJson}.
 */
@Singleton
public class FastJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
