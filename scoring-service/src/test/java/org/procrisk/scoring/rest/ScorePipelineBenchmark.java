package org.procrisk.scoring.rest;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.procrisk.common.http.JsonConfig;
import org.procrisk.scoring.api.ScoreRequest;
import org.procrisk.scoring.api.ScoreResponse;
import org.procrisk.scoring.config.FastJson;
import org.procrisk.scoring.json.AnswerJson;
import org.procrisk.scoring.mapping.OrderMapper;
import org.procrisk.scoring.mapping.ScoreMapper;
import org.procrisk.scoring.method.ExposureMethod;
import org.procrisk.scoring.method.OrderExposure;
import org.procrisk.scoring.method.Parameters;
import org.procrisk.scoring.method.ReferenceDataFixture;
import org.procrisk.scoring.snapshot.LoadedData;

/**
 * What POST /api/v1/scores does with one 20-line order (bench/generate.py's material templates), step
 * by step, in one thread: read the JSON, screen it (OrderValidation), Bean Validation for comparison,
 * score, map to the answer, write the JSON (as POST /scores and batches do); and
 * all of it in a row. The HTTP layer is not in it.
 * Not a unit test: run by bench/run through org.openjdk.jmh.Main.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ScorePipelineBenchmark {

    static final String[] TEMPLATES = {
            "{\"material\":\"ND\",\"form\":\"MAGNET\",\"massKgPerUnit\":0.21},{\"material\":\"PR\",\"form\":\"MAGNET\",\"massKgPerUnit\":0.06},{\"material\":\"DY\",\"form\":\"MAGNET\",\"massKgPerUnit\":0.008}",
            "{\"material\":\"SM\",\"form\":\"MAGNET\",\"massKgPerUnit\":0.004}",
            "{\"material\":\"GA\",\"form\":\"COMPOUND\",\"massKgPerUnit\":0.0004}",
            "{\"material\":\"GE\",\"form\":\"METAL\",\"massKgPerUnit\":0.035}",
            "{\"material\":\"GRAPHITE\",\"form\":\"COMPOUND\",\"massKgPerUnit\":1.2}",
            "{\"material\":\"SB\",\"form\":\"OXIDE\",\"massKgPerUnit\":2.5}",
            "{\"material\":\"W\",\"form\":\"COMPOUND\",\"massKgPerUnit\":0.009}",
            "{\"material\":\"IN\",\"form\":\"OXIDE\",\"massKgPerUnit\":0.0002}",
            "{\"material\":\"W\",\"form\":\"ALLOY\",\"massKgPerUnit\":0.4},{\"material\":\"MO\",\"form\":\"ALLOY\",\"massKgPerUnit\":0.05}",
            "{\"material\":\"ND\",\"form\":\"OXIDE\",\"massKgPerUnit\":1.0},{\"material\":\"TB\",\"form\":\"OXIDE\",\"massKgPerUnit\":0.01}"};

    ObjectMapper mapper;
    Validator validator;
    ExposureMethod method = new ExposureMethod(Parameters.defaults());
    LoadedData data;
    byte[] body;
    AnswerJson answers = new AnswerJson();
    ScoreRequest request;
    OrderExposure exposure;
    ScoreResponse response;

    @Setup
    public void setUp() throws Exception {
        mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonConfig().customize(mapper);
        new FastJson().customize(mapper);
        mapper.disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        validator = Validation.buildDefaultValidatorFactory().getValidator();
        data = new LoadedData(ReferenceDataFixture.builder().build(), Instant.now(), Instant.now(), false, null, null);
        StringBuilder b = new StringBuilder("{\"poNumber\":\"PO-1\",\"buyerCountry\":\"DE\",\"currency\":\"EUR\",\"asOf\":\"2025-06-01\",\"lines\":[");
        for (int i = 0; i < 20; i++) {
            b.append(i == 0 ? "" : ",").append("{\"lineNumber\":").append(10 * (i + 1))
                    .append(",\"quantity\":").append(100 + i).append(",\"unitPrice\":\"12.40\",\"composition\":[")
                    .append(TEMPLATES[i % TEMPLATES.length]).append("]}");
        }
        body = b.append("]}").toString().getBytes();
        request = parse();
        exposure = method.score(OrderMapper.toOrder(request, data.dataset()), data.dataset());
        response = map();
    }

    @Benchmark
    public ScoreRequest parse() throws Exception {
        return mapper.readValue(body, ScoreRequest.class);
    }

    @Benchmark
    public boolean screen() {
        return OrderValidation.plainlyValid(request);
    }

    @Benchmark
    public Object beanValidation() {
        return validator.validate(request);
    }

    @Benchmark
    public OrderExposure score() {
        return method.score(OrderMapper.toOrder(request, data.dataset()), data.dataset());
    }

    @Benchmark
    public ScoreResponse map() {
        return ScoreMapper.toResponse(exposure, data, method.parameters(), true);
    }

    /** As POST /scores and the batch write their answers. */
    @Benchmark
    public byte[] write() {
        return answers.bytes(response);
    }

    @Benchmark
    public byte[] all() throws Exception {
        ScoreRequest r = mapper.readValue(body, ScoreRequest.class);
        if (!OrderValidation.plainlyValid(r)) {
            throw new IllegalStateException("the benchmark order must be valid");
        }
        OrderExposure e = method.score(OrderMapper.toOrder(r, data.dataset()), data.dataset());
        return answers.bytes(ScoreMapper.toResponse(e, data, method.parameters(), true));
    }
}
