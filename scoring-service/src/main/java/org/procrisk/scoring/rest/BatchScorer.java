package org.procrisk.scoring.rest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.common.problem.ViolationFields;
import org.procrisk.scoring.api.ScoreRequest;
import org.procrisk.scoring.api.ScoreResponse;
import org.procrisk.scoring.json.AnswerJson;
import org.procrisk.scoring.mapping.OrderMapper;
import org.procrisk.scoring.mapping.ScoreMapper;
import org.procrisk.scoring.snapshot.LoadedData;

/**
 * Scores a stream of orders one at a time, writing one result line per order and a final summary, so
 * a whole order book passes through in constant memory. A bad order becomes an error line and the
 * stream goes on; a client that does not see the summary line knows the stream was cut.
 */
@ApplicationScoped
public class BatchScorer {

    public static final int MAX_JSON_ARRAY_ORDERS = 1000;
    private static final int FLUSH_EVERY = 64;

    private final OrderScoring scoring;
    private final OrderValidation validation;
    private final ObjectReader reader;
    private final ObjectReader arrayElementReader;
    private final ObjectWriter writer;
    private final AnswerJson answers;
    private final ObjectMapper json;
    private final java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "batch-scorer");
                t.setDaemon(true);
                return t;
            });

    public BatchScorer(OrderScoring scoring, OrderValidation validation, ObjectMapper json, AnswerJson answers) {
        this.scoring = scoring;
        this.answers = answers;
        this.validation = validation;
        this.json = json;
        // Elements of a JSON array are read one at a time from a shared parser: what follows one is the
        // next element, not trailing garbage (a line of NDJSON is read whole, so the check still holds there).
        this.reader = json.readerFor(ScoreRequest.class);
        this.arrayElementReader = reader.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // Jackson would close the response stream after each value; it must stay open.
        this.writer = json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /**
     * Scores newline-delimited JSON orders. Orders are parsed and scored on all cores while the answer
     * keeps their order; at most {@link #IN_FLIGHT} orders are held at a time, so memory stays flat.
     */
    public void scoreNdjson(InputStream in, OutputStream out, LoadedData data, Detail detail) throws IOException {
        Totals totals = new Totals();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        java.util.ArrayDeque<java.util.concurrent.Future<Outcome>> inFlight = new java.util.ArrayDeque<>();
        try {
            long index = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                String order = line;
                long position = index++;
                inFlight.add(workers.submit(() -> parseAndScore(order, position, data, detail)));
                if (inFlight.size() >= IN_FLIGHT) {
                    write(inFlight.poll(), out, totals);
                }
            }
            while (!inFlight.isEmpty()) {
                write(inFlight.poll(), out, totals);
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
        finish(out, totals, data);
    }

    private static final int IN_FLIGHT = 256;

    /** How much of each answer a batch carries: everything, no per-material evidence, or no lines at all. */
    public enum Detail {
        FULL, COMPACT, SUMMARY
    }

    private ScoreResponse answer(ScoreRequest request, LoadedData data, Detail detail) {
        ScoreResponse answer = scoring.score(request, data, detail == Detail.FULL);
        return detail == Detail.SUMMARY ? answer.withoutLines() : answer;
    }

    /** One order's answer line, ready to write. */
    private record Outcome(byte[] json, int lines, boolean failed) {
    }

    private Outcome parseAndScore(String line, long index, LoadedData data, Detail detail) throws IOException {
        ScoreRequest request;
        try {
            request = reader.readValue(line);
        } catch (JsonProcessingException e) {
            return error(index, null, 400, "order is not valid JSON: " + e.getOriginalMessage(), List.of());
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        validation.violations(request).forEach(v -> errors.add(new Problem.FieldError(ViolationFields.fieldOf(v), v.getMessage())));
        if (!errors.isEmpty()) {
            return error(index, request.poNumber(), 400, errors.size() + " fields are not valid", errors);
        }
        OrderMapper.check(request, data.dataset(), "", errors);
        if (!errors.isEmpty()) {
            return error(index, request.poNumber(), 422, errors.size() + " fields cannot be scored as sent", errors);
        }
        return new Outcome(answers.bytes(answer(request, data, detail)), request.lines().size(), false);
    }

    private Outcome error(long index, String poNumber, int status, String detail, List<Problem.FieldError> errors)
            throws IOException {
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("index", index);
        if (poNumber != null) {
            error.put("poNumber", poNumber);
        }
        error.put("problem", Problem.of(status, detail, null, errors));
        return new Outcome(writer.writeValueAsBytes(Map.of("error", error)), 0, true);
    }

    private void write(java.util.concurrent.Future<Outcome> next, OutputStream out, Totals totals) throws IOException {
        Outcome outcome;
        try {
            outcome = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("scoring an order failed", e.getCause());
        }
        out.write(outcome.json());
        out.write('\n');
        totals.orders++;
        totals.lines += outcome.lines();
        if (outcome.failed()) {
            totals.failed++;
        }
        if (totals.orders % FLUSH_EVERY == 0) {
            out.flush();
        }
    }

    /** Scores a JSON array of up to 1,000 orders, read element by element. */
    public void scoreJsonArray(InputStream in, OutputStream out, LoadedData data, Detail detail) throws IOException {
        Totals totals = new Totals();
        try (JsonParser parser = json.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ProblemException(400, "Expected a JSON array of orders");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                if (totals.orders >= MAX_JSON_ARRAY_ORDERS) {
                    writeError(out, totals, null, 413, "a JSON array holds at most " + MAX_JSON_ARRAY_ORDERS
                            + " orders; send NDJSON for more", List.of());
                    break;
                }
                ScoreRequest request;
                try {
                    request = arrayElementReader.readValue(parser);
                } catch (JsonProcessingException e) {
                    writeError(out, totals, null, 400, "order is not valid: " + e.getOriginalMessage(), List.of());
                    parser.skipChildren();
                    continue;
                }
                scoreOne(request, data, detail, out, totals);
            }
        }
        finish(out, totals, data);
    }

    private void scoreOne(ScoreRequest request, LoadedData data, Detail detail, OutputStream out, Totals totals)
            throws IOException {
        List<Problem.FieldError> errors = new ArrayList<>();
        validation.violations(request).forEach(v -> errors.add(new Problem.FieldError(ViolationFields.fieldOf(v), v.getMessage())));
        if (!errors.isEmpty()) {
            writeError(out, totals, request.poNumber(), 400, errors.size() + " fields are not valid", errors);
            return;
        }
        OrderMapper.check(request, data.dataset(), "", errors);
        if (!errors.isEmpty()) {
            writeError(out, totals, request.poNumber(), 422, errors.size() + " fields cannot be scored as sent", errors);
            return;
        }
        out.write(answers.bytes(answer(request, data, detail)));
        out.write('\n');
        totals.orders++;
        totals.lines += request.lines().size();
        if (totals.orders % FLUSH_EVERY == 0) {
            out.flush();
        }
    }

    private void writeError(OutputStream out, Totals totals, String poNumber, int status, String detail,
                            List<Problem.FieldError> errors) throws IOException {
        totals.orders++;
        totals.failed++;
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("index", totals.orders - 1);
        if (poNumber != null) {
            error.put("poNumber", poNumber);
        }
        error.put("problem", Problem.of(status, detail, null, errors));
        writer.writeValue(out, Map.of("error", error));
        out.write('\n');
    }

    @jakarta.annotation.PreDestroy
    void shutdown() {
        workers.shutdownNow();
    }

    private void finish(OutputStream out, Totals totals, LoadedData data) throws IOException {
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("orders", totals.orders);
        summary.put("lines", totals.lines);
        summary.put("failed", totals.failed);
        summary.put("datasetVersion", data.version());
        summary.put("methodVersion", ScoreMapper.METHOD_VERSION);
        writer.writeValue(out, Map.of("summary", summary));
        out.write('\n');
        out.flush();
    }

    private static final class Totals {
        long orders;
        long lines;
        long failed;
    }
}
