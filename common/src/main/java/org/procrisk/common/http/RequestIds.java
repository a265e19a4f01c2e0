package org.procrisk.common.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * X-Request-Id: kept when well-formed, made up otherwise, passed on, answered, and in the MDC so that
 * every log line about the request carries it, in every service it crosses.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(RequestIds::tag);
    }

    private static void tag(RoutingContext ctx) {
        String id = ctx.request().getHeader(HEADER);
        if (id == null || !WELL_FORMED.matcher(id).matches()) {
            id = newId();
            ctx.request().headers().set(HEADER, id);
        }
        ctx.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        ctx.next();
    }

    /**
     * A random (version 4) UUID. A request id correlates log lines and is no secret, so it comes from the
     * event loop's own generator: UUID.randomUUID reads SecureRandom under one lock for every request.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }
}
