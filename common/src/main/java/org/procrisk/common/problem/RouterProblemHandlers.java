package org.procrisk.common.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers with problem+json where the HTTP layer itself rejects a request (no route, wrong method,
 * body or headers too large) instead of the framework's default HTML or text page.
 */
@ApplicationScoped
public class RouterProblemHandlers {

    void install(@Observes Router router) {
        router.errorHandler(400, ctx -> send(ctx, 400, "The request could not be read"));
        router.errorHandler(404, ctx -> send(ctx, 404, "No resource at " + ctx.normalizedPath()));
        router.errorHandler(405, ctx -> send(ctx, 405, "This method is not allowed on " + ctx.normalizedPath()));
        router.errorHandler(413, ctx -> send(ctx, 413, "The request body is larger than this endpoint accepts"));
        router.errorHandler(415, ctx -> send(ctx, 415, "The request's Content-Type is not supported here"));
        router.errorHandler(431, ctx -> send(ctx, 431, "The request headers are larger than accepted"));
        router.errorHandler(500, ctx -> send(ctx, 500, "An unexpected error occurred; it has been logged."));
    }

    private static void send(RoutingContext ctx, int status, String detail) {
        HttpProblems.send(ctx, status, detail);
    }
}
