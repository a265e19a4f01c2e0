package org.procrisk.supplier.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.procrisk.supplier.api.ExportControlDto;
import org.procrisk.supplier.api.ExportControlInput;
import org.procrisk.supplier.concurrency.Preconditions;
import org.procrisk.supplier.service.ReferenceDataService;

@Path("/api/v1/export-controls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ExportControlResource {

    static final String EXAMPLE = """
            {"id":"CN-2026-07","issuer":"CN","instrument":"MOFCOM/GAC Announcement No. 7 [2026]",
             "title":"Ban on exports of Dy and Tb magnets to Germany","measure":"BAN","direction":"EXPORT",
             "materials":["DY","TB"],"forms":["MAGNET"],"targetCountries":["DE"],"endUse":"ANY",
             "announced":"2026-11-20","effectiveFrom":"2027-01-01","sourceId":"COMPILED-ESTIMATE"}""";

    private final ReferenceDataService reference;

    public ExportControlResource(ReferenceDataService reference) {
        this.reference = reference;
    }

    @GET
    @Operation(operationId = "listExportControls", summary = "List export controls and trade restrictions",
            description = "`material=DY` includes measures listing REE (every rare earth). `target` matches ALL too. "
                    + "`inForceOn` keeps measures effective, not ended and not suspended on that date.")
    @APIResponse(responseCode = "200", description = "Matching measures, by id",
            content = @Content(schema = @Schema(implementation = ExportControlDto.class, type = SchemaType.ARRAY)))
    public List<ExportControlDto> list(
            @Parameter(example = "DY") @QueryParam("material") String material,
            @Parameter(example = "CN") @QueryParam("issuer") String issuer,
            @Parameter(description = "Buyer or origin country", example = "DE") @QueryParam("target") String target,
            @Parameter(example = "EXPORT") @QueryParam("direction")
            @Pattern(regexp = "EXPORT|IMPORT", message = "must be EXPORT or IMPORT") String direction,
            @Parameter(example = "US-DOD") @QueryParam("programme") String programme,
            @Parameter(description = "ISO date", example = "2025-06-01") @QueryParam("inForceOn") LocalDate inForceOn) {
        return reference.controls(material, issuer, target, direction, programme, inForceOn);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getExportControl", summary = "Get an export control",
            description = "One measure with its issuer, direction, materials, end uses, dates and source; use the ETag as If-Match to replace or delete it.")
    @APIResponse(responseCode = "200", description = "The measure; ETag carries its version",
            content = @Content(schema = @Schema(implementation = ExportControlDto.class)))
    @APIResponse(responseCode = "404", description = "No such measure", content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("id") String id) {
        ExportControlDto dto = reference.control(id);
        return Response.ok(dto).tag(EntityTag.valueOf(Preconditions.etag(dto.version()))).build();
    }

    @POST
    @Operation(operationId = "createExportControl", summary = "Enter a new measure",
            description = "For a control announced today; scoring sees it after its next snapshot refresh.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ExportControlInput.class),
            examples = @ExampleObject(name = "new magnet ban", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ExportControlDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Id taken", content = @Content(mediaType = "application/problem+json"))
    public Response create(@NotNull ExportControlInput input) {
        ExportControlDto dto = reference.createControl(input);
        return Response.created(URI.create("/api/v1/export-controls/" + dto.id()))
                .tag(EntityTag.valueOf(Preconditions.etag(dto.version()))).entity(dto).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceExportControl", summary = "Replace a measure",
            description = "E.g. to record a suspension or its end. Requires `If-Match`.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ExportControlInput.class),
            examples = @ExampleObject(name = "new magnet ban", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = ExportControlDto.class)))
    @APIResponse(responseCode = "412", description = "Changed since read", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = "application/problem+json"))
    public Response replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                            @NotNull ExportControlInput input) {
        ExportControlDto dto = reference.replaceControl(id, ifMatch, input);
        return Response.ok(dto).tag(EntityTag.valueOf(Preconditions.etag(dto.version()))).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteExportControl", summary = "Delete a measure", description = "Requires `If-Match`.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        reference.deleteControl(id, ifMatch);
        return Response.noContent().build();
    }
}
