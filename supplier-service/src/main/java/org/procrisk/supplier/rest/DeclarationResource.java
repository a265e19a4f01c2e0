package org.procrisk.supplier.rest;

import java.net.URI;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import org.procrisk.supplier.api.DeclarationDto;
import org.procrisk.supplier.api.DeclarationInput;
import org.procrisk.supplier.concurrency.IdempotentCreate;
import org.procrisk.supplier.concurrency.Preconditions;
import org.procrisk.supplier.service.DeclarationService;

@Path("/api/v1/declarations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Declarations", description = "Suppliers' statements of refining origin, overriding global shares")
public class DeclarationResource {

    static final String EXAMPLE = """
            {"supplier":"V-20007","partNumber":"MAG-ROTOR-48","material":"DY","stage":"REFINING",
             "shares":{"JP":0.7,"CN":0.3},"validFrom":"2025-01-01","validTo":"2026-12-31",
             "evidence":"CMRT-2025-V20007.xlsx"}""";

    private final DeclarationService declarations;
    private final IdempotentCreate idempotent;

    public DeclarationResource(DeclarationService declarations, IdempotentCreate idempotent) {
        this.declarations = declarations;
        this.idempotent = idempotent;
    }

    @GET
    @Operation(operationId = "listDeclarations", summary = "List sourcing declarations",
            description = "Follow the `Link: rel=\"next\"` header for more pages.")
    @APIResponse(responseCode = "200", description = "One page of declarations",
            content = @Content(schema = @Schema(implementation = DeclarationDto.class, type = SchemaType.ARRAY)))
    public Response list(@Parameter(description = "Supplier externalId", example = "V-20007") @QueryParam("supplier") String supplier,
                         @Parameter(description = "Material code", example = "DY") @QueryParam("material") String material,
                         @Parameter(description = "MINING, REFINING or MAGNET", example = "REFINING")
                         @QueryParam("stage") @Pattern(regexp = "MINING|REFINING|MAGNET", message = "must be MINING, REFINING or MAGNET") String stage,
                         @Parameter(description = "Page size, 1 to 500") @QueryParam("limit") Integer limit,
                         @Parameter(description = "Opaque cursor from a Link header") @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        return PageResponses.of(declarations.list(supplier, material, stage, PageResponses.after(cursor),
                PageResponses.limit(limit)), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDeclaration", summary = "Get a declaration",
            description = "A supplier's declared refining and processing countries for one part; use the ETag as If-Match to replace or delete it.")
    @APIResponse(responseCode = "200", description = "The declaration; ETag carries its version",
            content = @Content(schema = @Schema(implementation = DeclarationDto.class)))
    @APIResponse(responseCode = "404", description = "No such declaration", content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("id") String id) {
        DeclarationDto dto = declarations.get(id);
        return Response.ok(dto).tag(EntityTag.valueOf(Preconditions.etag(dto.version()))).build();
    }

    @POST
    @Operation(operationId = "createDeclaration", summary = "Record a supplier declaration",
            description = "Send an `Idempotency-Key` to make retries safe: a repeat returns the first answer.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DeclarationInput.class),
            examples = @ExampleObject(name = "split Dy refining", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = DeclarationDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = "application/problem+json"))
    public Response create(@NotNull DeclarationInput input, @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey) {
        return idempotent.run("declarations", idempotencyKey, input, () -> {
            DeclarationDto dto = declarations.create(input);
            return new IdempotentCreate.Created(dto, URI.create("/api/v1/declarations/" + dto.id()),
                    Preconditions.etag(dto.version()));
        });
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceDeclaration", summary = "Replace a declaration",
            description = "Requires `If-Match` with the ETag you read: 428 without it, 412 if it changed since.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DeclarationInput.class),
            examples = @ExampleObject(name = "split Dy refining", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = DeclarationDto.class)))
    @APIResponse(responseCode = "412", description = "Changed since read", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = "application/problem+json"))
    public Response replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                            @NotNull DeclarationInput input) {
        DeclarationDto dto = declarations.replace(id, ifMatch, input);
        return Response.ok(dto).tag(EntityTag.valueOf(Preconditions.etag(dto.version()))).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteDeclaration", summary = "Delete a declaration", description = "Requires `If-Match`.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        declarations.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
