package org.procrisk.common.http;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.procrisk.common.problem.HttpProblems;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Per-route body limits on the bytes actually read, chunked or not, answered with a 413 problem.
 * A declared Content-Length is checked before anything is read, and the framework's stream reader is held
 * to the same limit; a chunked body (no length) is read through Vert.x's BodyHandler, which fails the
 * request with 413 as soon as the limit is passed, and the resource then reads the buffered body.
 */
@ApplicationScoped
public class BodyLimits {

    /** The key under which Quarkus REST's input stream looks up its limit. */
    static final String STREAM_LIMIT_KEY = "io.quarkus.max-request-size";
    /** Runs right after Quarkus's own upload-limit handler (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT, -2). */
    private static final int ORDER = -1;

    private record Route(String prefix, long limit) {
    }

    private final boolean enforced;
    private final long defaultLimit;
    private final List<Route> routes;

    public BodyLimits(BodyLimitConfig config) {
        this.enforced = config.enforced();
        this.defaultLimit = config.maxSize().asLongValue();
        this.routes = config.routes().entrySet().stream()
                .map((Map.Entry<String, io.quarkus.runtime.configuration.MemorySize> e) -> new Route(e.getKey(), e.getValue().asLongValue()))
                .sorted(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed())
                .toList();
    }

    void install(@Observes Router router) {
        if (enforced) {
            router.route().order(ORDER).handler(this::check).failureHandler(BodyLimits::tooLarge);
        }
    }

    /** The limit for a path, 0 for none. */
    long limitFor(String path) {
        for (Route route : routes) {
            if (path.startsWith(route.prefix())) {
                return route.limit();
            }
        }
        return defaultLimit;
    }

    /** BodyHandler fails the request with 413 when a chunked body passes the limit; the rest is not wanted. */
    private static void tooLarge(RoutingContext ctx) {
        if (ctx.statusCode() != 413 || ctx.response().ended()) {
            ctx.next();
            return;
        }
        HttpProblems.sendAndClose(ctx, 413, "The request body is larger than the " + ctx.get(STREAM_LIMIT_KEY)
                + " bytes this endpoint accepts");
    }

    private void check(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            ctx.next();
            return;
        }
        long limit = limitFor(ctx.normalizedPath());
        if (limit <= 0) {
            ctx.remove(STREAM_LIMIT_KEY);
            ctx.next();
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        ctx.put(STREAM_LIMIT_KEY, limit);
        if (length == null) {
            BodyHandler.create(false).setBodyLimit(limit).handle(ctx);
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            HttpProblems.sendAndClose(ctx, 400, "Content-Length is not a number");
            return;
        }
        if (declared > limit) {
            HttpProblems.sendAndClose(ctx, 413, "The request body of " + declared + " bytes is larger than the "
                    + limit + " bytes this endpoint accepts");
            return;
        }
        ctx.next();
    }
}
