package org.procrisk.supplier.rest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import org.procrisk.supplier.api.CountryShareDto;
import org.procrisk.supplier.api.CountryShareSetInput;
import org.procrisk.supplier.service.ReferenceDataService;

@Path("/api/v1/country-shares")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class CountryShareResource {

    private static final String STAGES = "MINING|REFINING|MAGNET";
    private static final String STAGE_MESSAGE = "must be MINING, REFINING or MAGNET";

    private final ReferenceDataService reference;

    public CountryShareResource(ReferenceDataService reference) {
        this.reference = reference;
    }

    @GET
    @Operation(operationId = "listCountryShares", summary = "List country shares",
            description = "Shares by material, stage and production year, with source ids; notes hold estimate ranges.")
    @APIResponse(responseCode = "200", description = "Matching rows",
            content = @Content(schema = @Schema(implementation = CountryShareDto.class, type = SchemaType.ARRAY)))
    public List<CountryShareDto> list(
            @Parameter(example = "DY") @QueryParam("material") String material,
            @Parameter(example = "REFINING") @QueryParam("stage") @Pattern(regexp = STAGES, message = STAGE_MESSAGE) String stage,
            @Parameter(example = "2024") @QueryParam("year") Integer year) {
        return reference.shares(material, stage, year);
    }

    @GET
    @Path("/{material}/{stage}/{year}")
    @Operation(operationId = "getCountryShareSet", summary = "Get the share set of one material, stage and year",
            description = "Every country's share of that stage in that year, with its source; use the ETag as If-Match to replace the set.")
    @APIResponse(responseCode = "200", description = "The rows; the ETag covers the whole set",
            content = @Content(schema = @Schema(implementation = CountryShareDto.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such set", content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("material") String material,
                        @PathParam("stage") @Pattern(regexp = STAGES, message = STAGE_MESSAGE) String stage,
                        @PathParam("year") int year) {
        ReferenceDataService.ShareSet set = reference.shareSet(material, stage, year);
        return Response.ok(set.rows()).tag(EntityTag.valueOf(set.etag())).build();
    }

    @PUT
    @Path("/{material}/{stage}/{year}")
    @Operation(operationId = "replaceCountryShareSet", summary = "Create or replace a share set",
            description = "The whole set at once; shares sum to 1 within 0.005. Replace with `If-Match`, "
                    + "create with `If-None-Match: *`.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CountryShareSetInput.class), examples = @ExampleObject(
            name = "Dy refining after Lynas", value = """
            {"rows":[{"country":"CN","share":0.95,"sourceId":"COMPILED-ESTIMATE","basis":"estimate","notes":"range 0.93-0.97"},
                     {"country":"MY","share":0.04,"sourceId":"COMPILED-ESTIMATE","basis":"estimate"},
                     {"country":"ZZ","share":0.01,"sourceId":"COMPILED-ESTIMATE","basis":"estimate"}]}""")))
    @APIResponse(responseCode = "200", description = "The stored set",
            content = @Content(schema = @Schema(implementation = CountryShareDto.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid rows, each named", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "Changed since read", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "No precondition header", content = @Content(mediaType = "application/problem+json"))
    public Response replace(@PathParam("material") String material,
                            @PathParam("stage") @Pattern(regexp = STAGES, message = STAGE_MESSAGE) String stage,
                            @PathParam("year") @Min(1900) @Max(2100) int year,
                            @HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch,
                            @NotNull CountryShareSetInput input) {
        ReferenceDataService.ShareSet set = reference.replaceShareSet(material, stage, year, ifMatch,
                ifNoneMatch, input);
        return Response.ok(set.rows()).tag(EntityTag.valueOf(set.etag())).build();
    }

    @DELETE
    @Path("/{material}/{stage}/{year}")
    @Operation(operationId = "deleteCountryShareSet", summary = "Delete a share set", description = "Requires `If-Match`.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("material") String material,
                           @PathParam("stage") @Pattern(regexp = STAGES, message = STAGE_MESSAGE) String stage,
                           @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch) {
        reference.deleteShareSet(material, stage, year, ifMatch);
        return Response.noContent().build();
    }
}
