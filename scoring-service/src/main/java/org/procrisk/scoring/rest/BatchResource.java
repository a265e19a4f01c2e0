package org.procrisk.scoring.rest;

import java.io.InputStream;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.procrisk.scoring.api.ScoreRequest;
import org.procrisk.scoring.api.ScoreResponse;
import org.procrisk.scoring.service.ScoringService;
import org.procrisk.scoring.snapshot.LoadedData;

@Path("/api/v1/scores/batch")
@Tag(name = "Scoring")
public class BatchResource {

    public static final String NDJSON = "application/x-ndjson";

    private final BatchScorer batch;
    private final ScoringService scoring;

    public BatchResource(BatchScorer batch, ScoringService scoring) {
        this.batch = batch;
        this.scoring = scoring;
    }

    @POST
    @Consumes({NDJSON, MediaType.APPLICATION_JSON})
    @Produces(NDJSON)
    @Operation(operationId = "scorePurchaseOrderBatch", summary = "Score many orders as a stream (nightly re-scoring)",
            description = "Send one order per line (`application/x-ndjson`, no limit) or a JSON array of up to 1,000 "
                    + "orders. The answer is NDJSON, streamed as orders are scored: one compact result per order "
                    + "(`?detail=full` for everything, `?detail=summary` without the lines), `{\"error\": {...}}` for an order that failed validation, and "
                    + "a final `{\"summary\": {orders, lines, failed, datasetVersion}}`. No summary line means the "
                    + "stream was cut. All orders of one call are scored on the same dataset version.")
    @RequestBody(description = "One order per line, each as the body of POST /api/v1/scores",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = ScoreRequest.class),
                    examples = @ExampleObject(name = "one line", value = """
            {"poNumber":"PO-1","buyerCountry":"DE","currency":"EUR","asOf":"2025-06-01","lines":[{"lineNumber":10,"quantity":1000,"unitPrice":12.40,"composition":[{"material":"DY","form":"MAGNET","massKgPerUnit":0.008}]}]}""")))
    @APIResponse(responseCode = "200", description = "NDJSON stream of results, errors and a summary",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = ScoreResponse.class)))
    @APIResponse(responseCode = "503", description = "No registry data loaded yet", content = @Content(mediaType = "application/problem+json"))
    public Response scoreBatch(InputStream body, @HeaderParam("Content-Type") String contentType,
                               @Parameter(description = "`compact` (default) leaves out the per-material evidence, `full` adds it, `summary` "
                                       + "answers the order's totals, score and exposures without its lines",
                                       schema = @Schema(enumeration = {"compact", "full", "summary"}))
                               @QueryParam("detail") @Pattern(regexp = "full|compact|summary", message = "must be full, compact or summary") String detail) {
        LoadedData data = scoring.data();
        BatchScorer.Detail level = detail == null ? BatchScorer.Detail.COMPACT
                : BatchScorer.Detail.valueOf(detail.toUpperCase(java.util.Locale.ROOT));
        boolean array = contentType != null && contentType.startsWith(MediaType.APPLICATION_JSON);
        StreamingOutput stream = out -> {
            if (array) {
                batch.scoreJsonArray(body, out, data, level);
            } else {
                batch.scoreNdjson(body, out, data, level);
            }
        };
        return Response.ok(stream, NDJSON).build();
    }
}
