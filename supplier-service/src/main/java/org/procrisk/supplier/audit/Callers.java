package org.procrisk.supplier.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.procrisk.common.http.RequestIds;

import io.quarkus.arc.Arc;
import io.vertx.core.http.HttpServerRequest;

/**
 * The caller of the current request. The gateway replaces whatever identity headers a client sent with
 * its own (X-Caller, X-Caller-Role), and the services refuse /api calls without its internal token, so
 * these headers can be trusted here. A call that did not pass the gateway (the run command loading demo
 * data, the benchmark) carries the internal token only and is recorded as {@code internal}.
 */
@ApplicationScoped
public class Callers {

    public static final String CALLER_HEADER = "X-Caller";
    public static final String ROLE_HEADER = "X-Caller-Role";
    static final Caller INTERNAL = new Caller("internal", null, null);

    private final Instance<HttpServerRequest> request;

    public Callers(Instance<HttpServerRequest> request) {
        this.request = request;
    }

    public Caller current() {
        if (!Arc.container().requestContext().isActive()) {
            return INTERNAL;
        }
        HttpServerRequest r = request.get();
        String name = r.getHeader(CALLER_HEADER);
        String requestId = r.getHeader(RequestIds.HEADER);
        if (name == null || name.isBlank()) {
            return new Caller(INTERNAL.name(), null, requestId);
        }
        return new Caller(name, r.getHeader(ROLE_HEADER), requestId);
    }
}
