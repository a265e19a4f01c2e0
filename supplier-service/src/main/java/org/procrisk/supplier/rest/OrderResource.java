package org.procrisk.supplier.rest;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.supplier.api.OrderBulkResult;
import org.procrisk.supplier.api.OrderDocument;
import org.procrisk.supplier.api.OrderScoreDto;
import org.procrisk.supplier.api.OrderSummaryDto;
import org.procrisk.supplier.api.StoredOrderDto;
import org.procrisk.supplier.concurrency.Preconditions;
import org.procrisk.supplier.service.OrderBook;
import org.procrisk.supplier.service.OrderStore;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Orders", description = "The order book: open purchase orders kept and re-scored when the data or the day changes")
public class OrderResource {

    private static final Set<String> TIERS = Set.of("LOW", "MEDIUM", "HIGH", "CRITICAL");

    private final OrderBook orders;

    public OrderResource(OrderBook orders) {
        this.orders = orders;
    }

    @PUT
    @Path("/orders/{poNumber}")
    @Operation(operationId = "putOrder", summary = "Store an open order (create or replace)",
            description = "Scores the order as of today and keeps it with that score; from then on it is re-scored whenever "
                    + "the registry's dataset version changes and every day. Without `If-Match` the order is created (201) or "
                    + "replaced (200); with `If-Match` a stale ETag gets 412; `If-None-Match: *` only creates (412 if it "
                    + "exists). Sending a closed order again reopens it. An order that does not score is refused whole, "
                    + "each field named (the ERP's own fields for ERP formats).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrderDocument.class),
            examples = {@ExampleObject(name = "native", value = OrderExamples.NATIVE),
                    @ExampleObject(name = "SAP S/4HANA OData v2 (format=sap-v2, path 4500000123)", value = OrderExamples.SAP_V2)}))
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged); ETag carries its version",
            content = @Content(schema = @Schema(implementation = StoredOrderDto.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = StoredOrderDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "If-Match stale, or If-None-Match and the order exists",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The order cannot be scored as sent", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "scoring-service is unavailable; nothing was written",
            content = @Content(mediaType = "application/problem+json"))
    public Response put(@Parameter(example = "PO-2026-004711") @PathParam("poNumber") String poNumber,
                        @Parameter(description = "How the body is written", schema = @Schema(enumeration = {"native", "sap-v2", "sap-v4", "odoo"}))
                        @QueryParam("format") @DefaultValue("native") String format,
                        @Parameter(description = "ERP formats: the buyer's country (ISO alpha-2), over the company's", example = "DE")
                        @QueryParam("buyerCountry") String buyerCountry,
                        @HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch,
                        JsonNode body, @Context UriInfo uri) {
        checkPoNumber(poNumber);
        OrderBook.Written written = orders.put(poNumber, format(format, buyerCountry), body, buyerCountry, ifMatch, ifNoneMatch);
        String etag = Preconditions.etag(written.order().version());
        Response.ResponseBuilder response = written.created()
                ? Response.created(uri.getAbsolutePathBuilder().build()) : Response.ok();
        return response.entity(written.order()).tag(EntityTag.valueOf(etag)).build();
    }

    @GET
    @Path("/orders/{poNumber}")
    @Operation(operationId = "getOrder", summary = "Get a stored order with its latest score",
            description = "The order as it is scored, how it was sent, and its latest score. The ETag is its version.")
    @APIResponse(responseCode = "200", description = "The order", content = @Content(schema = @Schema(implementation = StoredOrderDto.class)))
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = "application/problem+json"))
    public Response get(@Parameter(example = "PO-2026-004711") @PathParam("poNumber") String poNumber) {
        StoredOrderDto order = orders.get(poNumber);
        return Response.ok(order).tag(EntityTag.valueOf(Preconditions.etag(order.version()))).build();
    }

    @DELETE
    @Path("/orders/{poNumber}")
    @Operation(operationId = "closeOrder", summary = "Close an order",
            description = "A closed order is no longer re-scored and keeps its history; PUT reopens it. `If-Match` is "
                    + "optional (412 when stale).")
    @APIResponse(responseCode = "204", description = "Closed")
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "If-Match stale", content = @Content(mediaType = "application/problem+json"))
    public Response close(@Parameter(example = "PO-2026-004711") @PathParam("poNumber") String poNumber,
                          @HeaderParam("If-Match") String ifMatch) {
        orders.close(poNumber, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/orders")
    @Operation(operationId = "listOrders", summary = "List stored orders with their latest scores",
            description = "Ordered by poNumber. Follow the `Link: rel=\"next\"` header for more pages.")
    @APIResponse(responseCode = "200", description = "One page of orders",
            content = @Content(schema = @Schema(implementation = OrderSummaryDto.class, type = SchemaType.ARRAY)))
    public Response list(@Parameter(description = "OPEN (default) or CLOSED", schema = @Schema(enumeration = {"OPEN", "CLOSED"}))
                         @QueryParam("status") @DefaultValue("OPEN") String status,
                         @Parameter(description = "Risk tiers of the latest score, comma-separated", example = "HIGH,CRITICAL")
                         @QueryParam("tier") String tier,
                         @Parameter(description = "A material in a line's composition or in a line's registered part", example = "DY")
                         @QueryParam("material") String material,
                         @Parameter(description = "A line's supplierId", example = "V-10042") @QueryParam("supplier") String supplier,
                         @Parameter(description = "A control the latest score bites on", example = "CN-2025-18")
                         @QueryParam("control") String control,
                         @Parameter(description = "Orders whose content or score changed at or after this instant (ISO-8601)",
                                 example = "2026-11-10T00:00:00Z") @QueryParam("changedSince") String changedSince,
                         @Parameter(description = "Page size, 1 to 500", example = "100") @QueryParam("limit") Integer limit,
                         @Parameter(description = "Opaque cursor from a Link header") @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String state = status.toUpperCase(Locale.ROOT);
        if (!state.equals("OPEN") && !state.equals("CLOSED")) {
            errors.add(new Problem.FieldError("status", "must be OPEN or CLOSED"));
        }
        List<String> tiers = tier == null ? null : List.of(tier.toUpperCase(Locale.ROOT).split(","));
        if (tiers != null && !TIERS.containsAll(tiers)) {
            errors.add(new Problem.FieldError("tier", "must be LOW, MEDIUM, HIGH or CRITICAL, comma-separated"));
        }
        Instant since = null;
        if (changedSince != null) {
            try {
                since = Instant.parse(changedSince);
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("changedSince", "must be an ISO-8601 instant, e.g. 2026-11-10T00:00:00Z"));
            }
        }
        int size = 0;
        String after = null;
        try {
            size = PageResponses.limit(limit);
            after = PageResponses.after(cursor);
        } catch (ProblemException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        OrderStore.Filter filter = new OrderStore.Filter(state, tiers, upper(material), supplier, control, since);
        return PageResponses.of(orders.list(filter, after, size), uri);
    }

    @GET
    @Path("/orders/{poNumber}/scores")
    @Operation(operationId = "listOrderScores", summary = "The history of an order's scores",
            description = "Newest first: a score each time the order was stored, replaced or reopened, and each time a "
                    + "re-score changed its score, tier, value at risk or controls, with the cause (DATASET: the registry "
                    + "changed; DATE: the day did).")
    @APIResponse(responseCode = "200", description = "One page of scores",
            content = @Content(schema = @Schema(implementation = OrderScoreDto.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = "application/problem+json"))
    public Response history(@Parameter(example = "PO-2026-004711") @PathParam("poNumber") String poNumber,
                            @Parameter(description = "Page size, 1 to 500", example = "100") @QueryParam("limit") Integer limit,
                            @Parameter(description = "Opaque cursor from a Link header") @QueryParam("cursor") String cursor,
                            @Context UriInfo uri) {
        return PageResponses.of(orders.history(poNumber, PageResponses.after(cursor), PageResponses.limit(limit)), uri);
    }

    @PUT
    @Path("/orders:bulk")
    @Operation(operationId = "putOrders", summary = "Store up to 10,000 open orders (nightly ERP sync)",
            description = "All or nothing: every order is checked and scored first, and one that does not score means nothing "
                    + "is written (fields named `[i].field`). Orders are matched by poNumber (native orders must carry it); "
                    + "an order sent exactly as stored is left as it is.")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.ARRAY, description = "Orders, each as PUT "
            + "/api/v1/orders/{poNumber} takes it", implementation = OrderDocument.class),
            examples = @ExampleObject(name = "two native orders", value = OrderExamples.BULK)))
    @APIResponse(responseCode = "200", description = "Counts of what changed",
            content = @Content(schema = @Schema(implementation = OrderBulkResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "More than 10,000 orders", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Orders that cannot be scored, each field named",
            content = @Content(mediaType = "application/problem+json"))
    public OrderBulkResult bulk(@Parameter(description = "How the orders are written", schema = @Schema(enumeration = {"native", "sap-v2", "sap-v4", "odoo"}))
                                @QueryParam("format") @DefaultValue("native") String format,
                                @Parameter(description = "ERP formats: the buyer's country (ISO alpha-2)", example = "DE")
                                @QueryParam("buyerCountry") String buyerCountry,
                                List<JsonNode> items) {
        return orders.bulk(format(format, buyerCountry), items, buyerCountry);
    }

    private static String format(String format, String buyerCountry) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!OrderBook.FORMATS.contains(format)) {
            errors.add(new Problem.FieldError("format", "must be one of " + OrderBook.FORMATS));
        }
        if (buyerCountry != null && !buyerCountry.matches("[A-Z]{2}")) {
            errors.add(new Problem.FieldError("buyerCountry", "must be an ISO 3166-1 alpha-2 code"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return format;
    }

    private static void checkPoNumber(String poNumber) {
        if (poNumber.length() > 64 || !poNumber.matches("[\\p{L}\\p{N} ._/#-]+")) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("poNumber",
                    "must be 1 to 64 letters, digits, spaces or . _ / # -")));
        }
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
