package org.procrisk.scoring.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.NonBlocking;

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
import org.procrisk.common.problem.ViolationFields;
import org.procrisk.scoring.api.ErpDecision;
import org.procrisk.scoring.api.ScoreRequest;
import org.procrisk.scoring.api.ScoreResponse;
import org.procrisk.scoring.config.ErpConfig;
import org.procrisk.scoring.mapping.erp.ErpAnswers;
import org.procrisk.scoring.mapping.erp.ErpOrder;
import org.procrisk.scoring.snapshot.LoadedData;

/** Purchase orders scored as SAP S/4HANA and Odoo send them, answered by the ERP's own item keys. */
@Path("/api/v1/erp")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ERP", description = "Score SAP S/4HANA and Odoo purchase orders as the ERP sends them, at save time")
public class ErpResource {

    private final OrderScoring scoring;
    private final OrderValidation validation;
    private final ErpDocuments documents;
    private final ErpAnswers.DecisionPolicy policy;

    public ErpResource(OrderScoring scoring, OrderValidation validation, ErpDocuments documents, ErpConfig config) {
        this.scoring = scoring;
        this.validation = validation;
        this.documents = documents;
        this.policy = new ErpAnswers.DecisionPolicy(Set.copyOf(config.decision().blockTiers()),
                Set.copyOf(config.decision().warnTiers()), config.decision().blockNonCompliant());
    }

    @POST
    @Path("/sap-v2/scores")
    @NonBlocking
    @Operation(operationId = "scoreSapV2PurchaseOrder", summary = "Score an SAP S/4HANA purchase order (OData v2)",
            description = "One `A_PurchaseOrder` of `API_PURCHASEORDER_PROCESS_SRV` with `$expand=to_PurchaseOrderItem`, "
                    + "in `{\"d\": ...}` or bare. Decimals may be strings, dates `/Date(ms)/` or ISO. The buyer's country "
                    + "comes from `buyerCountry`, else from the configured country of `CompanyCode`. Deleted items and "
                    + "items without `Material` are listed in `skipped`; unknown materials and suppliers are flagged on "
                    + "their lines. Problems name the ERP's own fields.")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.OBJECT,
            description = "An A_PurchaseOrder with its items expanded"),
            examples = @ExampleObject(name = "PO with a magnet item, a service item and a deleted item", value = ErpExamples.SAP_V2)))
    @APIResponse(responseCode = "200", description = "The score answer with `erpKey` on each line, or with `view=decision` "
            + "the save-time decision", content = @Content(schema = @Schema(anyOf = {ScoreResponse.class, ErpDecision.class})))
    @APIResponse(responseCode = "400", description = "Malformed order; each ERP field named",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "No buyer country, an item priced in another unit without a "
            + "conversion, or nothing to score", content = @Content(mediaType = "application/problem+json"))
    public Response sapV2(JsonNode body,
                          @Parameter(description = "`orderDate` scores as of PurchaseOrderDate, `today` (default) or an ISO date",
                                  example = "orderDate") @QueryParam("asOf") String asOf,
                          @Parameter(description = "`full` (default) or `decision`", schema = @Schema(enumeration = {"full", "decision"}))
                          @QueryParam("view") String view,
                          @Parameter(description = "The buyer's country (ISO 3166-1 alpha-2); wins over the company code's",
                                  example = "DE") @QueryParam("buyerCountry") String buyerCountry) {
        Query q = query(asOf, view, buyerCountry);
        return answer(documents.read("sap-v2", body, q.buyerCountry()), q);
    }

    @POST
    @Path("/sap-v4/scores")
    @NonBlocking
    @Operation(operationId = "scoreSapV4PurchaseOrder", summary = "Score an SAP S/4HANA purchase order (OData v4)",
            description = "One `PurchaseOrder` with `$expand=_PurchaseOrderItem`; decimals as numbers or strings, "
                    + "`Edm.Date` dates. Otherwise as the OData v2 operation.")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.OBJECT,
            description = "A PurchaseOrder with its items expanded"),
            examples = @ExampleObject(name = "PO with two items", value = ErpExamples.SAP_V4)))
    @APIResponse(responseCode = "200", description = "The score answer with `erpKey` on each line, or the save-time decision",
            content = @Content(schema = @Schema(anyOf = {ScoreResponse.class, ErpDecision.class})))
    @APIResponse(responseCode = "400", description = "Malformed order; each ERP field named",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "No buyer country, an item priced in another unit without a "
            + "conversion, or nothing to score", content = @Content(mediaType = "application/problem+json"))
    public Response sapV4(JsonNode body,
                          @Parameter(description = "`orderDate`, `today` (default) or an ISO date", example = "orderDate")
                          @QueryParam("asOf") String asOf,
                          @Parameter(description = "`full` (default) or `decision`", schema = @Schema(enumeration = {"full", "decision"}))
                          @QueryParam("view") String view,
                          @Parameter(description = "The buyer's country; wins over the company code's", example = "DE")
                          @QueryParam("buyerCountry") String buyerCountry) {
        Query q = query(asOf, view, buyerCountry);
        return answer(documents.read("sap-v4", body, q.buyerCountry()), q);
    }

    @POST
    @Path("/odoo/scores")
    @NonBlocking
    @Operation(operationId = "scoreOdooPurchaseOrder", summary = "Score an Odoo purchase order",
            description = "A `purchase.order` as JSON-RPC `read` returns it, with `order_line` holding the read "
                    + "`purchase.order.line` records. The part number is `default_code`, else the code in the product's "
                    + "\"[CODE] Name\"; the unit price is `price_unit × (1 − discount/100)`; the line id is the line "
                    + "number and the key answered. Section and note lines are listed in `skipped`.")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.OBJECT,
            description = "A purchase.order record with its lines read"),
            examples = @ExampleObject(name = "order with a section, two product lines and a note", value = ErpExamples.ODOO)))
    @APIResponse(responseCode = "200", description = "The score answer with `erpKey` on each line, or the save-time decision",
            content = @Content(schema = @Schema(anyOf = {ScoreResponse.class, ErpDecision.class})))
    @APIResponse(responseCode = "400", description = "Malformed order; each ERP field named",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "No buyer country or nothing to score",
            content = @Content(mediaType = "application/problem+json"))
    public Response odoo(JsonNode body,
                         @Parameter(description = "`orderDate` scores as of date_order, `today` (default) or an ISO date",
                                 example = "orderDate") @QueryParam("asOf") String asOf,
                         @Parameter(description = "`full` (default) or `decision`", schema = @Schema(enumeration = {"full", "decision"}))
                         @QueryParam("view") String view,
                         @Parameter(description = "The buyer's country; wins over the company's", example = "DE")
                         @QueryParam("buyerCountry") String buyerCountry) {
        Query q = query(asOf, view, buyerCountry);
        return answer(documents.read("odoo", body, q.buyerCountry()), q);
    }

    private record Query(boolean orderDate, LocalDate asOf, boolean decision, String buyerCountry) {
    }

    private static Query query(String asOf, String view, String buyerCountry) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate date = null;
        if (asOf != null && !"orderDate".equals(asOf) && !"today".equals(asOf)) {
            try {
                date = LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("asOf", "must be orderDate, today or an ISO date"));
            }
        }
        if (view != null && !"full".equals(view) && !"decision".equals(view)) {
            errors.add(new Problem.FieldError("view", "must be full or decision"));
        }
        if (buyerCountry != null && !buyerCountry.matches("[A-Za-z]{2}")) {
            errors.add(new Problem.FieldError("buyerCountry", "must be an ISO 3166-1 alpha-2 code"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Query("orderDate".equals(asOf), date, "decision".equals(view),
                buyerCountry == null ? null : buyerCountry.toUpperCase(Locale.ROOT));
    }

    private Response answer(ErpOrder erp, Query q) {
        ScoreRequest o = erp.order();
        LocalDate asOf = q.orderDate() ? erp.orderDate() : q.asOf();
        if (q.orderDate() && asOf == null) {
            throw new ProblemException(422, "asOf=orderDate needs the order's date", List.of(
                    new Problem.FieldError(erp.erpField("asOf"), "is required with asOf=orderDate")));
        }
        ScoreRequest order = new ScoreRequest(o.poNumber(), o.buyerCountry(), o.currency(), asOf, o.endUse(), o.programmes(),
                o.lines());
        List<Problem.FieldError> invalid = new ArrayList<>();
        validation.violations(order).forEach(v -> invalid.add(new Problem.FieldError(ViolationFields.fieldOf(v), v.getMessage())));
        try {
            if (!invalid.isEmpty()) {
                throw ProblemException.invalid(invalid);
            }
            LoadedData data = scoring.data();
            ScoreResponse answer = scoring.score(order, data, !q.decision());
            return Response.ok(q.decision() ? ErpAnswers.decision(answer, erp, policy) : ErpAnswers.full(answer, erp)).build();
        } catch (ProblemException e) {
            throw e.status() == 503 ? e : ErpAnswers.inErpTerms(e, erp);
        }
    }
}
