package org.procrisk.scoring.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Fault-tolerant access to supplier-service: bounded waits, and failures reported as values so that
 * callers (health checks, the snapshot cache) decide what a failure means for them.
 */
@ApplicationScoped
public class SupplierRegistry {

    private final SupplierClient client;

    public SupplierRegistry(@RestClient SupplierClient client) {
        this.client = client;
    }

    /**
     * Whether supplier-service answers and says it is ready. Throws the fault-tolerance
     * {@code TimeoutException} when it does not answer within 2 s.
     */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    public Availability availability() {
        try (Response response = client.readiness()) {
            return new Availability(response.getStatus() == 200, "HTTP " + response.getStatus());
        } catch (WebApplicationException e) {
            return new Availability(false, "HTTP " + e.getResponse().getStatus());
        } catch (ProcessingException e) {
            return new Availability(false, "supplier-service unreachable: " + rootMessage(e));
        }
    }

    /** The registry snapshot (200) or 304 when {@code etag} is still current; bounded by the client timeouts. */
    public Response snapshot(String etag) {
        try {
            return client.snapshot(etag);
        } catch (WebApplicationException e) {
            return e.getResponse();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    public record Availability(boolean up, String detail) {
    }
}
