package org.procrisk.scoring.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.common.annotation.NonBlocking;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.scoring.api.ScoreRequest;
import org.procrisk.scoring.api.ScoreResponse;

@Path("/api/v1/scores")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring", description = "Exposure of purchase orders to single-country refining and export controls")
public class ScoreResource {

    static final String ORDER_EXAMPLE = """
            {"poNumber":"PO-2026-004711","buyerCountry":"DE","currency":"EUR","asOf":"2025-06-01",
             "lines":[{"lineNumber":10,"supplierId":"V-10042","quantity":1000,"unitPrice":12.40,
                       "composition":[{"material":"ND","form":"MAGNET","massKgPerUnit":0.21},
                                      {"material":"PR","form":"MAGNET","massKgPerUnit":0.06},
                                      {"material":"DY","form":"MAGNET","massKgPerUnit":0.008}]},
                      {"lineNumber":20,"supplierId":"V-20007","quantity":500,"unitPrice":3.10,
                       "composition":[{"material":"GA","form":"COMPOUND","massKgPerUnit":0.0004}]}]}""";

    static final String DEFENCE_ORDER_EXAMPLE = """
            {"poNumber":"PO-DOD-0815","buyerCountry":"US","currency":"USD","asOf":"2026-11-25","programmes":["US-DOD"],
             "lines":[{"lineNumber":10,"quantity":200,"unitPrice":206.00,
                       "composition":[{"material":"ND","form":"MAGNET","massKgPerUnit":0.2},
                                      {"material":"DY","form":"MAGNET","massKgPerUnit":0.01}]},
                      {"lineNumber":20,"quantity":40,"unitPrice":95.00,
                       "composition":[{"material":"W","form":"ALLOY","massKgPerUnit":0.4}]}]}""";

    private final OrderScoring scoring;
    private final OrderValidation validation;

    public ScoreResource(OrderScoring scoring, OrderValidation validation) {
        this.scoring = scoring;
        this.validation = validation;
    }

    @POST
    @NonBlocking
    @Operation(operationId = "scorePurchaseOrder", summary = "Score a purchase order",
            description = "How much of the order's value depends on refining in one country and on materials under "
                    + "export control, per line and in total, with the evidence, the method version and the dataset "
                    + "version used. Orders naming a programme (US-DOD) also get buyer-side verdicts (DFARS 225.7018 "
                    + "magnets and tungsten) per line, and the deadlines of announced restrictions. Up to 5,000 lines.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScoreRequest.class),
            examples = {@ExampleObject(name = "magnet and GaN lines", value = ORDER_EXAMPLE),
                    @ExampleObject(name = "US defence order (DFARS verdicts and the 2027-01-01 deadline)",
                            value = DEFENCE_ORDER_EXAMPLE)}))
    @APIResponse(responseCode = "200", description = "The exposure of the order",
            content = @Content(schema = @Schema(implementation = ScoreResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed request; each invalid field named",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Well-formed but not scorable (unknown codes, part and composition both given...)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "No registry data loaded yet; see Retry-After",
            content = @Content(mediaType = "application/problem+json"))
    public ScoreResponse score(ScoreRequest order,
                               @Parameter(description = "`compact` leaves out the per-material evidence", example = "full",
                                       schema = @Schema(enumeration = {"full", "compact"}))
                               @QueryParam("detail") String detail) {
        requirePresent(order, detail);
        validation.require(order);
        return scoring.score(order, scoring.data(), !"compact".equals(detail));
    }

    /**
     * Checked here rather than by constraint annotations on the parameters: those put Hibernate
     * Validator's method interceptor, parameters and return value, on every score (3% of its CPU).
     * The answers are the ones the annotations gave.
     */
    private static void requirePresent(ScoreRequest order, String detail) {
        if (order != null && (detail == null || "full".equals(detail) || "compact".equals(detail))) {
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>(2);
        if (detail != null && !"full".equals(detail) && !"compact".equals(detail)) {
            errors.add(new Problem.FieldError("detail", "must be full or compact"));
        }
        if (order == null) {
            errors.add(new Problem.FieldError("order", "must not be null"));
        }
        throw ProblemException.invalid(errors);
    }
}
