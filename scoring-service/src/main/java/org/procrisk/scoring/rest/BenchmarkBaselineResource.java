package org.procrisk.scoring.rest;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.NonBlocking;

import org.procrisk.scoring.api.ScoreRequest;
import org.procrisk.scoring.json.AnswerJson;

/**
 * The baselines of the scoring benchmark. {@code line-count} parses the same order body as POST
 * /api/v1/scores and answers its line count, so the ratio of the two throughputs is the cost of scoring
 * and of writing the answer; {@code stored-answer} parses it and answers the first answer it scored,
 * stored, so that ratio is the cost of scoring and of serializing alone (same bytes on the wire).
 * Only in builds made with {@code -Dscoring.bench.enabled=true} (bench/run makes one of its own), so no
 * production build has them and no setting can switch them on there; never routed by the gateway.
 */
@Path("/internal/bench")
@Tag(name = "Internal")
@IfBuildProperty(name = "scoring.bench.enabled", stringValue = "true")
public class BenchmarkBaselineResource {

    private final OrderScoring scoring;
    private final AnswerJson json;
    private final AtomicReference<byte[]> stored = new AtomicReference<>();

    public BenchmarkBaselineResource(OrderScoring scoring, AnswerJson json) {
        this.scoring = scoring;
        this.json = json;
    }

    @POST
    @Path("/line-count")
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "benchmarkLineCount", summary = "Benchmark baseline: parse an order, count its lines")
    public Map<String, Integer> lineCount(ScoreRequest order) {
        return Map.of("lines", order.lines() == null ? 0 : order.lines().size());
    }

    @POST
    @Path("/stored-answer")
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "benchmarkStoredAnswer", summary = "Benchmark baseline: parse an order, answer a stored answer")
    public byte[] storedAnswer(ScoreRequest order) {
        byte[] answer = stored.get();
        if (answer == null) {
            answer = json.bytes(scoring.score(order, scoring.data(), true));
            stored.compareAndSet(null, answer);
        }
        return answer;
    }
}
