package org.procrisk.common.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.procrisk.common.problem.HttpProblems;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Inside the cluster only the gateway may call the API: when {@code procrisk.internal-token} is set,
 * /api requests without that token in X-Internal-Token are refused. Health endpoints stay open for probes.
 */
@ApplicationScoped
public class InternalToken {

    public static final String HEADER = "X-Internal-Token";

    private final Optional<byte[]> token;

    public InternalToken(@ConfigProperty(name = "procrisk.internal-token") Optional<String> token) {
        this.token = token.filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    void install(@Observes Router router) {
        if (token.isPresent()) {
            router.route("/api/*").order(Integer.MIN_VALUE + 2).handler(this::check);
        }
    }

    private void check(RoutingContext ctx) {
        String presented = ctx.request().getHeader(HEADER);
        if (presented == null || !MessageDigest.isEqual(token.get(), presented.getBytes(StandardCharsets.UTF_8))) {
            HttpProblems.send(ctx, 401, "This service is reached through the gateway only");
            return;
        }
        ctx.next();
    }
}
