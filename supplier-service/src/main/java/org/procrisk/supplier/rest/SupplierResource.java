package org.procrisk.supplier.rest;

import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.procrisk.supplier.api.BulkResult;
import org.procrisk.supplier.api.SupplierDto;
import org.procrisk.supplier.api.SupplierInput;
import org.procrisk.supplier.concurrency.IdempotentCreate;
import org.procrisk.supplier.concurrency.Preconditions;
import org.procrisk.supplier.service.SupplierService;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Suppliers", description = "The buyer's suppliers and their sites")
public class SupplierResource {

    static final String EXAMPLE = """
            {"externalId":"V-10042","name":"Baotou Magnet Works Co., Ltd.","country":"CN",
             "sites":[{"name":"Baotou sintering plant","country":"CN","role":"MAGNET_MAKER"}]}""";

    private final SupplierService suppliers;
    private final IdempotentCreate idempotent;

    public SupplierResource(SupplierService suppliers, IdempotentCreate idempotent) {
        this.suppliers = suppliers;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/suppliers")
    @Operation(operationId = "listSuppliers", summary = "List suppliers",
            description = "Ordered by externalId. Follow the `Link: rel=\"next\"` header for more pages.")
    @APIResponse(responseCode = "200", description = "One page of suppliers",
            content = @Content(schema = @Schema(implementation = SupplierDto.class, type = SchemaType.ARRAY)))
    public Response list(@Parameter(description = "Supplier country (ISO alpha-2)", example = "CN") @QueryParam("country")
                         @jakarta.validation.constraints.Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
                         @Parameter(description = "Text in name or externalId", example = "magnet") @QueryParam("q") String q,
                         @Parameter(description = "Page size, 1 to 500", example = "100") @QueryParam("limit") Integer limit,
                         @Parameter(description = "Opaque cursor from a Link header") @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        return PageResponses.of(suppliers.list(country, q, PageResponses.after(cursor), PageResponses.limit(limit)), uri);
    }

    @GET
    @Path("/suppliers/{id}")
    @Operation(operationId = "getSupplier", summary = "Get a supplier",
            description = "A supplier with its sites and their roles; use the ETag as If-Match to replace or delete it.")
    @APIResponse(responseCode = "200", description = "The supplier; ETag carries its version",
            content = @Content(schema = @Schema(implementation = SupplierDto.class)))
    @APIResponse(responseCode = "404", description = "No such supplier", content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("id") String id) {
        SupplierDto dto = suppliers.get(id);
        return Response.ok(dto).tag(EntityTag.valueOf(Preconditions.etag(dto.version()))).build();
    }

    @POST
    @Path("/suppliers")
    @Operation(operationId = "createSupplier", summary = "Create a supplier",
            description = "Send an `Idempotency-Key` to make retries safe: a repeat returns the first answer.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SupplierInput.class),
            examples = @ExampleObject(name = "magnet maker", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = SupplierDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "externalId taken, or the same Idempotency-Key in flight",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body",
            content = @Content(mediaType = "application/problem+json"))
    public Response create(@NotNull SupplierInput input,
                           @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey) {
        return idempotent.run("suppliers", idempotencyKey, input, () -> {
            SupplierDto dto = suppliers.create(input);
            return new IdempotentCreate.Created(dto, URI.create("/api/v1/suppliers/" + dto.id()),
                    Preconditions.etag(dto.version()));
        });
    }

    @PUT
    @Path("/suppliers/{id}")
    @Operation(operationId = "replaceSupplier", summary = "Replace a supplier",
            description = "Requires `If-Match` with the ETag you read: 428 without it, 412 if it changed since.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SupplierInput.class),
            examples = @ExampleObject(name = "magnet maker", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = SupplierDto.class)))
    @APIResponse(responseCode = "412", description = "Changed since read", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = "application/problem+json"))
    public Response replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                            @NotNull SupplierInput input) {
        SupplierDto dto = suppliers.replace(id, ifMatch, input);
        return Response.ok(dto).tag(EntityTag.valueOf(Preconditions.etag(dto.version()))).build();
    }

    @DELETE
    @Path("/suppliers/{id}")
    @Operation(operationId = "deleteSupplier", summary = "Delete a supplier",
            description = "Requires `If-Match`. 409 while parts or declarations still reference the supplier.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Still referenced", content = @Content(mediaType = "application/problem+json"))
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        suppliers.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @PUT
    @Path("/suppliers:bulk")
    @Operation(operationId = "upsertSuppliers", summary = "Bulk upsert suppliers by externalId (ERP sync)",
            description = "Up to 10,000 suppliers, all or nothing: one invalid item and nothing is written. "
                    + "Matching is by externalId; no If-Match needed.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SupplierInput.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "two suppliers", value = "[" + EXAMPLE
                    + ",{\"externalId\":\"V-20007\",\"name\":\"Shin-Etsu Magnetics KK\",\"country\":\"JP\"}]")))
    @APIResponse(responseCode = "200", description = "Counts of what changed",
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "413", description = "More than 10,000 items", content = @Content(mediaType = "application/problem+json"))
    public BulkResult bulk(List<SupplierInput> items) {
        return suppliers.upsert(items);
    }
}
