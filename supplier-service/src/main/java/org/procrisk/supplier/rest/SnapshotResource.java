package org.procrisk.supplier.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.procrisk.supplier.api.SnapshotDto;
import org.procrisk.supplier.concurrency.Preconditions;
import org.procrisk.supplier.service.SnapshotBodies;
import org.procrisk.supplier.service.SnapshotService;

@Path("/api/v1/snapshot")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal", description = "Used by scoring-service; not routed by the gateway")
public class SnapshotResource {

    private final SnapshotService snapshots;
    private final SnapshotBodies bodies;

    public SnapshotResource(SnapshotService snapshots, SnapshotBodies bodies) {
        this.snapshots = snapshots;
        this.bodies = bodies;
    }

    @GET
    @Operation(operationId = "getSnapshot", summary = "Everything scoring needs, at one dataset version",
            description = "ETag is the dataset version; send it back in If-None-Match to get 304 when nothing changed. "
                    + "Each version is rendered once and served to every replica from memory.")
    @APIResponse(responseCode = "200", description = "The snapshot", content = @Content(schema = @Schema(implementation = SnapshotDto.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the version in If-None-Match")
    public Response snapshot(@HeaderParam("If-None-Match") String ifNoneMatch) {
        if (ifNoneMatch != null && Preconditions.matchesWeakly(ifNoneMatch, Preconditions.etag(snapshots.currentVersion()))) {
            return Response.notModified(EntityTag.valueOf(Preconditions.etag(snapshots.currentVersion()))).build();
        }
        SnapshotBodies.Rendered snapshot = bodies.current();
        return Response.ok(snapshot.json(), MediaType.APPLICATION_JSON_TYPE)
                .tag(EntityTag.valueOf(Preconditions.etag(snapshot.version()))).build();
    }
}
