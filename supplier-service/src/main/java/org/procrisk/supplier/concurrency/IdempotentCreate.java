package org.procrisk.supplier.concurrency;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.supplier.audit.Callers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpServerRequest;

/**
 * Runs a creation at most once per Idempotency-Key and caller, replaying the first answer to that
 * caller's repeats. The caller is the gateway's key name in X-Caller, which the gateway always sets
 * itself and only it can send (the services refuse /api calls without its internal token).
 */
@ApplicationScoped
public class IdempotentCreate {

    public static final String HEADER = "Idempotency-Key";

    private final IdempotencyStore store;
    private final ObjectMapper json;
    private final HttpServerRequest request;

    public IdempotentCreate(IdempotencyStore store, ObjectMapper json, HttpServerRequest request) {
        this.store = store;
        this.json = json;
        this.request = request;
    }

    /** What a creation produced: the created representation, its location and version. */
    public record Created(Object body, URI location, String etag) {
    }

    @Transactional
    public Response run(String scope, String key, Object request, Supplier<Created> creation) {
        if (key == null) {
            return respond(creation.get());
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid(java.util.List.of(
                    new Problem.FieldError(HEADER, "must be 1 to 200 characters")));
        }
        String caller = Objects.requireNonNullElse(this.request.getHeader(Callers.CALLER_HEADER), "");
        String hash = IdempotencyStore.requestHash(scope, write(request));
        Optional<IdempotencyStore.Stored> earlier = store.claim(caller, scope, key, hash);
        if (earlier.isPresent()) {
            IdempotencyStore.Stored s = earlier.get();
            Response.ResponseBuilder replay = Response.status(s.status()).type(MediaType.APPLICATION_JSON)
                    .entity(s.body()).header("Idempotent-Replayed", "true");
            if (s.location() != null) {
                replay.location(URI.create(s.location()));
            }
            if (s.etag() != null) {
                replay.header("ETag", s.etag());
            }
            return replay.build();
        }
        try {
            Created created = creation.get();
            store.complete(caller, scope, key, new IdempotencyStore.Stored(201, new String(write(created.body()),
                    java.nio.charset.StandardCharsets.UTF_8), created.location().toString(), created.etag()));
            return respond(created);
        } catch (RuntimeException e) {
            store.release(caller, scope, key);
            throw e;
        }
    }

    private static Response respond(Created created) {
        return Response.created(created.location())
                .tag(EntityTag.valueOf(created.etag()))
                .entity(created.body())
                .build();
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
