package org.procrisk.scoring.rest;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.smallrye.common.annotation.NonBlocking;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procrisk.common.problem.ProblemException;

/**
 * The baseline of the scoring benchmark: parses the same order body as POST /api/v1/scores and
 * answers its line count, so the ratio of the two throughputs is the cost of scoring itself.
 * Off unless {@code scoring.bench.enabled=true}; never routed by the gateway.
 */
@Path("/internal/bench/line-count")
@Tag(name = "Internal")
public class BenchmarkBaselineResource {

    private final boolean enabled;

    public BenchmarkBaselineResource(@ConfigProperty(name = "scoring.bench.enabled", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "benchmarkLineCount", summary = "Benchmark baseline: parse an order, count its lines")
    public Map<String, Integer> lineCount(ScoreRequest order) {
        if (!enabled) {
            throw ProblemException.notFound("No resource at /internal/bench/line-count");
        }
        return Map.of("lines", order.lines() == null ? 0 : order.lines().size());
    }
}
