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
import org.procrisk.supplier.api.PartDto;
import org.procrisk.supplier.api.PartInput;
import org.procrisk.supplier.concurrency.IdempotentCreate;
import org.procrisk.supplier.concurrency.Preconditions;
import org.procrisk.supplier.service.PartService;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Parts", description = "Purchased parts and their material composition")
public class PartResource {

    static final String EXAMPLE = """
            {"partNumber":"MAG-ROTOR-48","description":"NdFeB rotor magnet, 48 mm","unitOfMeasure":"EA",
             "composition":[{"material":"ND","form":"MAGNET","massKgPerUnit":0.21},
                            {"material":"PR","form":"MAGNET","massKgPerUnit":0.06},
                            {"material":"DY","form":"MAGNET","massKgPerUnit":0.008}],
             "suppliers":["V-10042"]}""";

    private final PartService parts;
    private final IdempotentCreate idempotent;

    public PartResource(PartService parts, IdempotentCreate idempotent) {
        this.parts = parts;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/parts")
    @Operation(operationId = "listParts", summary = "List parts",
            description = "Ordered by partNumber. Follow the `Link: rel=\"next\"` header for more pages.")
    @APIResponse(responseCode = "200", description = "One page of parts",
            content = @Content(schema = @Schema(implementation = PartDto.class, type = SchemaType.ARRAY)))
    public Response list(@Parameter(description = "Parts containing this material", example = "DY") @QueryParam("material") String material,
                         @Parameter(description = "Text in partNumber or description", example = "rotor") @QueryParam("q") String q,
                         @Parameter(description = "Page size, 1 to 500", example = "100") @QueryParam("limit") Integer limit,
                         @Parameter(description = "Opaque cursor from a Link header") @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        return PageResponses.of(parts.list(material, q, PageResponses.after(cursor), PageResponses.limit(limit)), uri);
    }

    @GET
    @Path("/parts/{id}")
    @Operation(operationId = "getPart", summary = "Get a part",
            description = "A part with its material composition and the suppliers that make it; use the ETag as If-Match to replace or delete it.")
    @APIResponse(responseCode = "200", description = "The part; ETag carries its version",
            content = @Content(schema = @Schema(implementation = PartDto.class)))
    @APIResponse(responseCode = "404", description = "No such part", content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("id") String id) {
        PartDto dto = parts.get(id);
        return Response.ok(dto).tag(EntityTag.valueOf(Preconditions.etag(dto.version()))).build();
    }

    @POST
    @Path("/parts")
    @Operation(operationId = "createPart", summary = "Create a part",
            description = "Send an `Idempotency-Key` to make retries safe: a repeat returns the first answer.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PartInput.class),
            examples = @ExampleObject(name = "NdFeB rotor magnet", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PartDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "partNumber taken, or the same Idempotency-Key in flight",
            content = @Content(mediaType = "application/problem+json"))
    public Response create(@NotNull PartInput input, @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey) {
        return idempotent.run("parts", idempotencyKey, input, () -> {
            PartDto dto = parts.create(input);
            return new IdempotentCreate.Created(dto, URI.create("/api/v1/parts/" + dto.id()), Preconditions.etag(dto.version()));
        });
    }

    @PUT
    @Path("/parts/{id}")
    @Operation(operationId = "replacePart", summary = "Replace a part",
            description = "Requires `If-Match` with the ETag you read: 428 without it, 412 if it changed since.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PartInput.class),
            examples = @ExampleObject(name = "NdFeB rotor magnet", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = PartDto.class)))
    @APIResponse(responseCode = "412", description = "Changed since read", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = "application/problem+json"))
    public Response replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @NotNull PartInput input) {
        PartDto dto = parts.replace(id, ifMatch, input);
        return Response.ok(dto).tag(EntityTag.valueOf(Preconditions.etag(dto.version()))).build();
    }

    @DELETE
    @Path("/parts/{id}")
    @Operation(operationId = "deletePart", summary = "Delete a part",
            description = "Requires `If-Match`. 409 while declarations still reference the part.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Still referenced", content = @Content(mediaType = "application/problem+json"))
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        parts.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @PUT
    @Path("/parts:bulk")
    @Operation(operationId = "upsertParts", summary = "Bulk upsert parts by partNumber (ERP sync)",
            description = "Up to 10,000 parts, all or nothing: one invalid item and nothing is written.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PartInput.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "one part", value = "[" + EXAMPLE + "]")))
    @APIResponse(responseCode = "200", description = "Counts of what changed",
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "413", description = "More than 10,000 items", content = @Content(mediaType = "application/problem+json"))
    public BulkResult bulk(List<PartInput> items) {
        return parts.upsert(items);
    }
}
