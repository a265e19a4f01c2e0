package org.procrisk.supplier.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.procrisk.common.problem.Problem;
import org.procrisk.supplier.api.MaterialDto;
import org.procrisk.supplier.service.MaterialService;

@Path("/api/v1/materials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Materials, country shares, export controls and their sources")
public class MaterialResource {

    private final MaterialService materials;

    public MaterialResource(MaterialService materials) {
        this.materials = materials;
    }

    @GET
    @Operation(operationId = "listMaterials", summary = "List materials",
            description = "Every material the scoring method knows, ordered by code.")
    @APIResponse(responseCode = "200", description = "All materials",
            content = @Content(schema = @Schema(implementation = MaterialDto.class, type = SchemaType.ARRAY)))
    public List<MaterialDto> list() {
        return materials.list();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getMaterial", summary = "Get one material by code",
            description = "The material with its group, CAS number and HS codes; 404 names an unknown code.")
    @APIResponse(responseCode = "200", description = "The material",
            content = @Content(schema = @Schema(implementation = MaterialDto.class), examples = @ExampleObject(
                    name = "dysprosium", value = """
                    {"code":"DY","name":"Dysprosium","symbol":"Dy","group":"HREE","casNumber":"7429-91-6",
                     "hsCodes":["2805.30","2846.90","8505.11"],"notes":"additive in high-temperature NdFeB"}""")))
    @APIResponse(responseCode = "404", description = "No material with that code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = """
                    {"type":"urn:procrisk:problem:not-found","title":"Resource not found","status":404,
                     "detail":"No material with code 'XX'","instance":"/api/v1/materials/XX"}""")))
    public MaterialDto get(@Parameter(description = "Material code, case-insensitive", example = "DY")
                           @PathParam("code") String code) {
        return materials.get(code);
    }
}
