package org.procrisk.supplier.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.supplier.api.EventPageDto;
import org.procrisk.supplier.service.EventFeed;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Changes of stored orders' exposure, with their cause")
public class EventResource {

    static final String EXAMPLE = """
            {"events":[{"id":"evt_4f1c2d0e8b9a4b7c9d3e2f1a0b9c8d7e","type":"order.control.reached",
              "timestamp":"2026-11-10T00:00:04.512Z","data":{"order":{"poNumber":"PO-2026-004711"},
              "before":{"score":58,"riskTier":"HIGH","totalValue":12400.00,"valueAtRisk":4470.20,"currency":"EUR",
                        "controls":["CN-2025-18"],"datasetVersion":412,"asOf":"2026-11-09"},
              "after":{"score":71,"riskTier":"HIGH","totalValue":12400.00,"valueAtRisk":6902.31,"currency":"EUR",
                       "controls":["CN-2025-18","CN-2025-61"],"datasetVersion":412,"asOf":"2026-11-10"},
              "controls":{"added":["CN-2025-61"],"removed":[]},
              "cause":{"kind":"DATE","asOf":{"from":"2026-11-09","to":"2026-11-10"}}}}],
             "next":"YzE6NDI"}""";

    private final EventFeed feed;

    public EventResource(EventFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listEvents", summary = "The change feed of the order book",
            description = "Events written when a re-score changes a stored order: `order.risk.changed` (its tier, or its "
                    + "score by at least the configured points), `order.control.reached` (a control starts to bite on its "
                    + "materials), `order.compliance.changed` (its buyer-side verdicts). Each says what the order was before "
                    + "and after and why: the registry writes in between, with their ids, or the day that turned. Read from "
                    + "no cursor, then always from `next`: it is present on every answer and stays the same while nothing "
                    + "is new. Events come in the order they were committed; one whose transaction committed late comes "
                    + "after what was already read, never skipped.")
    @APIResponse(responseCode = "200", description = "Events and the next cursor",
            content = @Content(schema = @Schema(implementation = EventPageDto.class),
                    examples = @ExampleObject(name = "a control's suspension ended", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Not a cursor of this API, or a bad limit",
            content = @Content(mediaType = "application/problem+json"))
    public Response events(@Parameter(description = "The `next` of the previous answer; none to read from the start")
                           @QueryParam("after") String after,
                           @Parameter(description = "At most this many events, 1 to 1,000", example = "100")
                           @QueryParam("limit") Integer limit) {
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > 1000) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("limit", "must be between 1 and 1000")));
        }
        EventFeed.Slice slice = feed.after(after, size);
        // the bodies are stored exactly as webhooks deliver them, so they are sent as they are
        String json = "{\"events\":[" + String.join(",", slice.bodies()) + "],\"next\":\"" + slice.next() + "\"}";
        return Response.ok(json, MediaType.APPLICATION_JSON).build();
    }
}
