package org.procrisk.supplier.rest;

import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.procrisk.supplier.api.SourceDto;
import org.procrisk.supplier.service.ReferenceDataService;

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class SourceResource {

    private final ReferenceDataService reference;

    public SourceResource(ReferenceDataService reference) {
        this.reference = reference;
    }

    @GET
    @Operation(operationId = "listSources", summary = "List sources",
            description = "Every publication a share or a measure cites, by id.")
    @APIResponse(responseCode = "200", description = "All sources",
            content = @Content(schema = @Schema(implementation = SourceDto.class, type = SchemaType.ARRAY)))
    public List<SourceDto> list() {
        return reference.sources();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSource", summary = "Get a source",
            description = "A publication that reference figures cite: its title, publisher, year and URL.")
    @APIResponse(responseCode = "200", description = "The source", content = @Content(schema = @Schema(implementation = SourceDto.class)))
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = "application/problem+json"))
    public SourceDto get(@PathParam("id") String id) {
        return reference.source(id);
    }

    @POST
    @Operation(operationId = "createSource", summary = "Add a source", description = "So that a new measure or share can cite it.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SourceDto.class)))
    @APIResponse(responseCode = "409", description = "Id taken", content = @Content(mediaType = "application/problem+json"))
    public Response create(@NotNull SourceDto input) {
        SourceDto created = reference.createSource(input);
        return Response.created(URI.create("/api/v1/sources/" + created.id())).entity(created).build();
    }
}
