package org.procrisk.scoring.rest;

import org.procrisk.scoring.api.ScoreRequest;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.NonBlocking;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The baseline of the scoring benchmark: parses the same order body as POST /api/v1/scores and
 * answers its line count, so the ratio of the two throughputs is the cost of scoring itself.
 * Only in builds made with {@code -Dscoring.bench.enabled=true} (bench/run makes one of its own), so
 * no production build has it and no setting can switch it on there; never routed by the gateway.
 */
@Path("/internal/bench/line-count")
@Tag(name = "Internal")
@IfBuildProperty(name = "scoring.bench.enabled", stringValue = "true")
public class BenchmarkBaselineResource {

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "benchmarkLineCount", summary = "Benchmark baseline: parse an order, count its lines")
    public Map<String, Integer> lineCount(ScoreRequest order) {
        return Map.of("lines", order.lines() == null ? 0 : order.lines().size());
    }
}
