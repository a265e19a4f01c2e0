package org.procrisk.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.procrisk.common.problem.HttpProblems;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request body without a Content-Type is refused (415) instead of being read as JSON: the server
 * must not guess what a client sent, and a caller who forgot the header learns it at once.
 */
@ApplicationScoped
public class ContentTypeRequired {

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 3).handler(ContentTypeRequired::check);
    }

    private static void check(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        boolean writes = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
        if (writes && hasBody(ctx) && ctx.request().getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            HttpProblems.send(ctx, 415, "The request has a body but no Content-Type; send e.g. Content-Type: application/json");
            return;
        }
        ctx.next();
    }

    private static boolean hasBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.strip().equals("0");
        }
        return ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }
}
