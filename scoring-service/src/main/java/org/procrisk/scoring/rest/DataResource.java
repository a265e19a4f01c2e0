package org.procrisk.scoring.rest;

import java.time.Instant;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procrisk.scoring.snapshot.LoadedData;
import org.procrisk.scoring.snapshot.SnapshotCache;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data", description = "Which registry data scoring answers from")
public class DataResource {

    private final SnapshotCache cache;

    public DataResource(SnapshotCache cache) {
        this.cache = cache;
    }

    @Schema(name = "DataStatus")
    public record DataStatus(@Schema(example = "42") long datasetVersion, Instant fetchedAt, Instant checkedAt,
                             @Schema(description = "true when the last refresh could not reach the registry") boolean stale,
                             String lastError, int materials, int suppliers, int parts, int declarations,
                             @Schema(description = "The registry write that made this version; absent for seed data")
                             LastChange lastChange) {
    }

    @Schema(name = "DataLastChange")
    public record LastChange(Instant recordedAt,
                             @Schema(description = "The gateway's key name", example = "compliance-admin") String caller,
                             @Schema(example = "REPLACE") String action,
                             @Schema(example = "export-control") String resourceType,
                             @Schema(example = "CN-2025-61") String resourceId) {
    }

    @Schema(name = "RefreshResult")
    public record RefreshResult(@Schema(description = "LOADED, UNCHANGED, STALE or FAILED", example = "LOADED") String result,
                                @Schema(example = "43") long datasetVersion, String detail) {
    }

    @GET
    @Path("/data")
    @Operation(operationId = "getDataStatus", summary = "Dataset in use",
            description = "Version, fetch time, staleness and counts. Each replica refreshes on its own schedule "
                    + "(default every 30 s), so replicas can briefly answer from different versions.")
    @APIResponse(responseCode = "200", description = "The dataset in use", content = @Content(schema = @Schema(implementation = DataStatus.class)))
    @APIResponse(responseCode = "503", description = "Nothing loaded yet", content = @Content(mediaType = "application/problem+json"))
    public DataStatus data() {
        LoadedData d = cache.require();
        return new DataStatus(d.version(), d.fetchedAt(), d.checkedAt(), d.stale(), d.lastError(),
                d.dataset().materialCount(), d.dataset().supplierCount(), d.dataset().partCount(),
                d.dataset().declarationCount(), d.lastChange() == null ? null : new LastChange(d.lastChange().recordedAt(),
                        d.lastChange().caller(), d.lastChange().action(), d.lastChange().resourceType(), d.lastChange().resourceId()));
    }

    @POST
    @Path("/admin/snapshot:refresh")
    @Operation(operationId = "refreshSnapshot", summary = "Refresh the registry snapshot now (admin)",
            description = "E.g. right after entering a new export control. Affects the replica that receives it.")
    @APIResponse(responseCode = "200", description = "What the refresh did", content = @Content(schema = @Schema(implementation = RefreshResult.class)))
    public RefreshResult refresh() {
        SnapshotCache.Outcome outcome = cache.refresh();
        return new RefreshResult(outcome.result(), outcome.datasetVersion(), outcome.detail());
    }
}
