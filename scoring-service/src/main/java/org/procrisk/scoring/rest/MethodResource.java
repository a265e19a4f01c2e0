package org.procrisk.scoring.rest;

import org.procrisk.scoring.api.MethodDto;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procrisk.scoring.config.MethodConfig;

@Path("/api/v1/method")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Method", description = "How scores are computed")
public class MethodResource {

    static final String NAME = "procrisk critical-mineral exposure";
    static final String VERSION = "1";

    private final MethodDto method;

    public MethodResource(MethodConfig config) {
        Map<String, Double> severity = new LinkedHashMap<>();
        severity.put("BAN", config.severity().ban());
        severity.put("QUOTA", config.severity().quota());
        severity.put("LICENCE", config.severity().licence());
        severity.put("DUTY", config.severity().duty());
        severity.put("TECH_BAN", config.severity().techBan());
        this.method = new MethodDto(NAME, VERSION, "docs/method.md (normative text: METHOD-v1)",
                new MethodDto.Parameters(Map.copyOf(severity), config.deMinimisKg(),
                        config.singleCountryThreshold(), config.concentrationWeight(),
                        config.nonControllingCountryWeight(), config.hhiThreshold(),
                        config.suspensionLapseWarningDays()));
    }

    @GET
    @Operation(operationId = "getMethod", summary = "Scoring method and parameters",
            description = "Name, version and every parameter of the method used by all scoring endpoints.")
    public MethodDto method() {
        return method;
    }
}
