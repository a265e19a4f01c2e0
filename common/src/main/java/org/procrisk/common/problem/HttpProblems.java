package org.procrisk.common.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/** Writes problems at the HTTP layer, for answers that do not come from a REST endpoint. */
public final class HttpProblems {

    private HttpProblems() {
    }

    public static Buffer encode(Problem problem) {
        return Json.encodeToBuffer(problem);
    }

    public static void send(RoutingContext ctx, int status, String detail) {
        send(ctx.response(), Problem.of(status, detail, ctx.normalizedPath()));
    }

    /** Answers and then closes the connection, e.g. when the rest of the request body is not wanted. */
    public static void sendAndClose(RoutingContext ctx, int status, String detail) {
        Problem problem = Problem.of(status, detail, ctx.normalizedPath());
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(encode(problem))
                .onComplete(done -> ctx.request().connection().close());
    }

    public static void send(HttpServerResponse response, Problem problem) {
        if (response.headWritten()) {
            // Too late for a clean answer: cut the connection so the client cannot take a partial body for a whole one.
            response.reset();
            return;
        }
        response.setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(encode(problem));
    }
}
