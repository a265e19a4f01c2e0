package org.procrisk.common.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import org.procrisk.common.http.InternalToken;
import org.procrisk.common.problem.Problem;

/**
 * What every service's own document has in common and the annotations cannot say once: the services
 * are called by the gateway only, with {@code X-Internal-Token}, so every /api operation requires that
 * token and may answer 401; the server is the service itself. The gateway's merged document replaces
 * both with the public API key.
 */
public class InternalApiFilter implements OASFilter {

    static final String SCHEME = "internalToken";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("/").description("this service (called through the gateway)"));
        }
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(InternalToken.HEADER)
                .description("The gateway's internal token; the services refuse /api calls without it"));
        openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of()));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(InternalApiFilter::addUnauthorized);
            }
        });
    }

    private static void addUnauthorized(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().hasAPIResponse("401")) {
            return;
        }
        APIResponse unauthorized = OASFactory.createAPIResponse()
                .description("Called without the gateway's X-Internal-Token")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
        operation.getResponses().addAPIResponse("401", unauthorized);
    }
}
