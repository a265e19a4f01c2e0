package org.procrisk.supplier.rest;

import java.time.Instant;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.procrisk.supplier.api.AuditRecordDto;
import org.procrisk.supplier.service.AuditService;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who wrote what in the registry and the reference data, and when (admin role)")
public class AuditResource {

    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Operation(operationId = "listAuditRecords", summary = "List audit records",
            description = "Every committed write, newest first: creates, replaces, deletes and bulk upserts of suppliers, "
                    + "parts, declarations, sources, country-share sets and export controls. Records are append-only. "
                    + "`resourceId` also finds the bulk upserts that wrote the resource. Follow `Link: rel=\"next\"` for more.")
    @APIResponse(responseCode = "200", description = "One page of records",
            content = @Content(schema = @Schema(implementation = AuditRecordDto.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid filter, each named", content = @Content(mediaType = "application/problem+json"))
    public Response list(
            @Parameter(example = "export-control") @QueryParam("resourceType") String resourceType,
            @Parameter(example = "CN-2025-61") @QueryParam("resourceId") String resourceId,
            @Parameter(description = "The gateway's key name", example = "erp-sap-prod") @QueryParam("caller") String caller,
            @Parameter(schema = @Schema(enumeration = {"CREATE", "REPLACE", "DELETE", "BULK_UPSERT"}), example = "REPLACE")
            @QueryParam("action") @Pattern(regexp = "CREATE|REPLACE|DELETE|BULK_UPSERT",
                    message = "must be CREATE, REPLACE, DELETE or BULK_UPSERT") String action,
            @Parameter(description = "Recorded at or after (ISO-8601 instant)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") Instant from,
            @Parameter(description = "Recorded before (ISO-8601 instant)", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") Instant to,
            @Parameter(description = "Page size, 1 to 500", example = "100") @QueryParam("limit") Integer limit,
            @Parameter(description = "Opaque cursor from a Link header") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        var filter = new AuditService.Filter(resourceType, resourceId, caller, action, from, to);
        return PageResponses.of(audit.list(filter, PageResponses.after(cursor), PageResponses.limit(limit)), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAuditRecord", summary = "Get an audit record",
            description = "One record; for a bulk upsert with the ids of every resource it created or updated.")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(schema = @Schema(implementation = AuditRecordDto.class)))
    @APIResponse(responseCode = "404", description = "No such record", content = @Content(mediaType = "application/problem+json"))
    public AuditRecordDto get(@PathParam("id") long id) {
        return audit.get(id);
    }
}
