package org.procrisk.gateway.proxy;

import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import org.procrisk.common.problem.HttpProblems;
import org.procrisk.common.problem.Problem;
import org.procrisk.gateway.metrics.GatewayMetrics;

import io.netty.channel.ConnectTimeoutException;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.streams.ReadStream;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Turns a downstream that cannot be reached or does not answer into a problem the caller can act on
 * (503 with Retry-After, or 504), instead of an empty 502; and keeps each answer header once.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    private final String service;
    private final long maxBodyBytes;
    private final CircuitBreakers circuits;
    private final GatewayMetrics metrics;

    /** {@code maxBodyBytes}: the route's limit on bytes read, 0 for none (streamed batches). */
    ForwardingInterceptor(String service, long maxBodyBytes, CircuitBreakers circuits, GatewayMetrics metrics) {
        this.service = service;
        this.maxBodyBytes = maxBodyBytes;
        this.circuits = circuits;
        this.metrics = metrics;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest client = context.request().proxiedRequest();
        removeHopByHop(context.request().headers());
        LimitedBody limited = limit(context);
        long start = System.nanoTime();
        CompletionStage<ProxyResponse> answer = circuits.call(service, () -> context.sendRequest()
                .recover(failure -> Future.failedFuture(client.response().closed()
                        // The caller hung up and the proxy reset the exchange: the service did nothing wrong.
                        ? new CircuitBreakers.CallerGone(failure) : failure))
                .toCompletionStage());
        return Future.fromCompletionStage(answer, Vertx.currentContext())
                .onSuccess(response -> metrics.downstream(service, response.getStatusCode(), System.nanoTime() - start))
                .recover(failure -> {
                    if (limited != null && limited.exceeded()) {
                        // What the caller still sends would only be read to be thrown away.
                        client.response().endHandler(done -> client.connection().close());
                        return Future.succeededFuture(problem(context, Problem.of(413, "The body is larger than "
                                + maxBodyBytes + " bytes, the limit of " + client.path(), client.path()))
                                .putHeader("Connection", "close"));
                    }
                    if (failure instanceof CircuitBreakerOpenException) {
                        ProxyResponse open = problem(context, Problem.of(503, service + " is failing; its circuit is open, retry in "
                                + circuits.retryAfterSeconds() + " s", client.path()));
                        open.putHeader("Retry-After", Long.toString(circuits.retryAfterSeconds()));
                        return Future.succeededFuture(open);
                    }
                    if (failure instanceof CircuitBreakers.CallerGone) {
                        Log.debugf("%s %s: caller went away before %s answered", client.method(), client.path(), service);
                        return Future.succeededFuture(problemResponse(context, failure.getCause(), false));
                    }
                    ProxyResponse problem = problemResponse(context, failure, true);
                    metrics.downstream(service, problem.getStatusCode(), System.nanoTime() - start);
                    return Future.succeededFuture(problem);
                });
    }

    /** Counts the body's bytes as they are read, chunked or not; null when the route has no limit. */
    private LimitedBody limit(ProxyContext context) {
        Body body = context.request().getBody();
        if (maxBodyBytes <= 0 || body == null || body.stream() == null) {
            return null;
        }
        LimitedBody limited = new LimitedBody(body.stream(), maxBodyBytes);
        context.request().setBody(Body.body(limited, body.length()));
        return limited;
    }

    /**
     * A header the gateway answers itself (X-Request-Id, the rate-limit headers) is not copied a second
     * time, and the service's hop-by-hop headers stay on its own connection (RFC 9110, 7.6.1).
     */
    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        MultiMap own = context.request().proxiedRequest().response().headers();
        MultiMap downstream = context.response().headers();
        removeHopByHop(downstream);
        for (String name : own.names()) {
            if (!"Vary".equalsIgnoreCase(name)) {  // a list header: both lists stand
                downstream.remove(name);
            }
        }
        Body body = context.response().getBody();
        long length = body == null ? -1 : body.length();
        if (length <= 0 || length > GATHERED_BYTES || context.request().getMethod() == HttpMethod.HEAD) {
            return context.sendResponse();
        }
        // A small answer of known length goes out in one write, as nginx's proxy buffer sends it, instead
        // of one write per piece the service's answer arrived in.
        Promise<Void> sent = Promise.promise();
        Buffer whole = Buffer.buffer((int) length);
        ReadStream<Buffer> stream = body.stream();
        stream.exceptionHandler(failure -> brokenOff(context, failure, sent));
        stream.handler(whole::appendBuffer);
        stream.endHandler(done -> {
            context.response().setBody(Body.body(whole));
            context.sendResponse().onComplete(sent);
        });
        stream.resume();
        return sent.future();
    }

    /** Nothing of the answer has gone out yet: the caller gets a problem instead of a cut-off body. */
    private void brokenOff(ProxyContext context, Throwable failure, Promise<Void> sent) {
        String path = context.request().proxiedRequest().path();
        Log.warnf("%s %s -> %s broke off its answer: %s", context.request().getMethod(), path, service, failure.toString());
        ProxyResponse response = context.response();
        response.headers().clear();
        response.setStatusCode(502).setStatusMessage("Bad Gateway")
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(HttpProblems.encode(Problem.of(502, service + " broke off its answer", path))));
        context.sendResponse().onComplete(sent);
    }

    /** Answers up to this size are read whole before they are sent. */
    static final int GATHERED_BYTES = 64 * 1024;

    /** Connection, the headers it names, and the fields RFC 9110 defines for one connection only. */
    static void removeHopByHop(MultiMap headers) {
        for (String connection : headers.getAll("Connection")) {
            for (String name : connection.split(",")) {
                if (!name.isBlank()) {
                    headers.remove(name.trim());
                }
            }
        }
        for (String name : HOP_BY_HOP) {
            headers.remove(name);
        }
    }

    private static final List<String> HOP_BY_HOP = List.of("Connection", "Proxy-Connection", "Keep-Alive", "TE",
            "Upgrade", "Proxy-Authenticate", "Proxy-Authorization");

    private ProxyResponse problemResponse(ProxyContext context, Throwable failure, boolean log) {
        String path = context.request().proxiedRequest().path();
        Problem problem;
        if (failure instanceof ConnectException || failure instanceof ConnectTimeoutException) {
            problem = Problem.of(503, service + " is not reachable; try again shortly", path);
        } else if (isTimeout(failure)) {
            problem = Problem.of(504, service + " did not answer in time", path);
        } else {
            problem = Problem.of(502, service + " failed to answer", path);
        }
        if (log) {
            Log.warnf("%s %s -> %s failed with %d: %s", context.request().getMethod(), path, service,
                    problem.status(), failure.toString());
        }
        ProxyResponse response = problem(context, problem);
        if (problem.status() == 503) {
            response.putHeader("Retry-After", "5");
        }
        return response;
    }

    private static ProxyResponse problem(ProxyContext context, Problem problem) {
        return context.request().response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(HttpProblems.encode(problem)));
    }

    private static boolean isTimeout(Throwable failure) {
        return failure instanceof java.util.concurrent.TimeoutException
                || failure.getClass().getSimpleName().contains("Timeout")
                || (failure.getMessage() != null && failure.getMessage().contains("timeout period"));
    }
}
