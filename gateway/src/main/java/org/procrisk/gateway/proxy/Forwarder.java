package org.procrisk.gateway.proxy;

import java.util.ArrayList;
import java.util.List;

import org.procrisk.common.problem.HttpProblems;
import org.procrisk.common.problem.Problem;
import org.procrisk.gateway.metrics.GatewayMetrics;

import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.streams.Pipe;
import io.vertx.core.streams.ReadStream;

/**
 * Sends one route's requests to its service and the service's answers back, on Vert.x's HTTP client:
 * the request's headers less the hop-by-hop ones, its body streamed and counted against the route's
 * limit; the answer's status, headers and body. A service that cannot be reached or does not answer
 * becomes a problem the caller can act on (503 with Retry-After, 504, 502) and counts against its circuit.
 */
final class Forwarder {

    /** Answers up to this size are read whole and sent in one write, as nginx's proxy buffer sends them. */
    static final int GATHERED_BYTES = 64 * 1024;

    private final String service;
    private final Downstreams.Target target;
    private final long timeoutMs;
    private final long maxBodyBytes;
    private final CircuitBreakers circuits;
    private final GatewayMetrics metrics;
    private final HttpDates dates;

    /** {@code maxBodyBytes}: the route's limit on bytes read, 0 for none (streamed batches). */
    Forwarder(String service, Downstreams.Target target, long timeoutMs, long maxBodyBytes, CircuitBreakers circuits,
              GatewayMetrics metrics, HttpDates dates) {
        this.service = service;
        this.target = target;
        this.timeoutMs = timeoutMs;
        this.maxBodyBytes = maxBodyBytes;
        this.circuits = circuits;
        this.metrics = metrics;
        this.dates = dates;
    }

    /**
     * Forwards the request whose identity and forwarding headers the routes have already set;
     * {@code length} is its declared Content-Length, -1 for none.
     */
    void forward(HttpServerRequest in, long length) {
        String transferEncoding = in.getHeader("Transfer-Encoding");
        if (transferEncoding != null && !"chunked".equalsIgnoreCase(transferEncoding.trim())) {
            HttpProblems.send(in.response(), Problem.of(400, "Transfer-Encoding " + transferEncoding
                    + " is not supported; send chunked or a Content-Length", in.path()));
            return;
        }
        if (!circuits.tryAcquire(service)) {
            in.response().putHeader("Retry-After", Long.toString(circuits.retryAfterSeconds()));
            HttpProblems.send(in.response(), Problem.of(503, service + " is failing; its circuit is open, retry in "
                    + circuits.retryAfterSeconds() + " s", in.path()));
            return;
        }
        boolean hasBody = length > 0 || transferEncoding != null;
        LimitedBody limited = hasBody && maxBodyBytes > 0 ? new LimitedBody(in, maxBodyBytes) : null;
        ReadStream<Buffer> upload = !hasBody ? null : limited != null ? limited : in;
        if (hasBody) {
            in.pause();  // until the exchange pipes it
        }
        long start = System.nanoTime();
        exchange(in, length, upload).onComplete(done -> {
            long nanos = System.nanoTime() - start;
            if (done.succeeded()) {
                circuits.succeeded(service, nanos);
                metrics.downstream(service, done.result().statusCode(), nanos);
                answer(in, done.result());
            } else if (in.response().closed() || (limited != null && limited.exceeded())) {
                // The caller hung up or sent too much, and the exchange was reset: no verdict on the service.
                circuits.released(service);
                noVerdict(in, done.cause(), limited);
            } else {
                circuits.failed(service, nanos, done.cause());
                failed(in, done.cause(), nanos);
            }
        });
    }

    private Future<HttpClientResponse> exchange(HttpServerRequest in, long length, ReadStream<Buffer> body) {
        RequestOptions options = target.request().setMethod(in.method()).setURI(in.uri()).setIdleTimeout(timeoutMs);
        return target.client().request(options).compose(out -> {
            // A caller hanging up resets the exchange, so the service's connection is not left half-used.
            in.response().exceptionHandler(failure -> out.reset(0, failure));
            HopByHop.copyRequestHeaders(in.headers(), out.headers());
            Future<HttpClientResponse> answer = out.response();
            if (body == null) {
                out.end();
                return answer;
            }
            if (length >= 0) {
                out.putHeader("Content-Length", Long.toString(length));
            } else {
                out.setChunked(true);
            }
            // A body cut short (past the limit, or the caller gone) must not reach the service as complete.
            Pipe<Buffer> pipe = body.pipe();
            pipe.endOnFailure(false);
            pipe.to(out).onFailure(failure -> out.reset(0, failure));
            return answer;
        });
    }

    private void answer(HttpServerRequest in, HttpClientResponse response) {
        HttpServerResponse out = in.response();
        long length = HopByHop.contentLength(response.headers());
        if (in.method() == HttpMethod.HEAD || noBody(response.statusCode())) {
            head(out, response);
            if (length >= 0) {
                out.putHeader("Content-Length", Long.toString(length));
            }
            response.end().onComplete(done -> out.end());
            return;
        }
        if (length >= 0 && length <= GATHERED_BYTES) {
            Pieces whole = new Pieces();
            response.handler(whole);
            response.exceptionHandler(failure -> brokenOff(in, failure));
            response.endHandler(done -> {
                head(out, response);
                out.end(whole.joined());
            });
            return;
        }
        head(out, response);
        if (length >= 0) {
            out.putHeader("Content-Length", Long.toString(length));
        } else {
            out.setChunked(true);
        }
        response.pipeTo(out).onFailure(failure -> {
            Log.warnf("%s %s -> %s: the answer stopped half-way: %s", in.method(), in.path(), service, failure.toString());
            out.reset();
        });
    }

    /** The service's status line and end-to-end headers. */
    private void head(HttpServerResponse out, HttpClientResponse response) {
        out.setStatusCode(response.statusCode());
        String message = response.statusMessage();
        if (message != null) {
            out.setStatusMessage(message);
        }
        HopByHop.copyAnswerHeaders(response.headers(), out.headers());
        if (!response.headers().contains("Date")) {
            // RFC 9110, 6.6.1: a recipient forwarding an answer without Date adds the time it was received.
            out.putHeader("Date", dates.now());
        }
    }

    /**
     * The pieces of a gathered answer, sent as one buffer without copying them again: each piece is
     * already a copy of its own that Vert.x made.
     */
    static final class Pieces implements Handler<Buffer> {
        private Buffer first;
        private List<Buffer> rest;

        @Override
        public void handle(Buffer piece) {
            if (first == null) {
                first = piece;
            } else {
                if (rest == null) {
                    rest = new ArrayList<>(4);
                }
                rest.add(piece);
            }
        }

        Buffer joined() {
            if (first == null) {
                return Buffer.buffer(0);
            }
            if (rest == null) {
                return first;
            }
            CompositeByteBuf all = Unpooled.compositeBuffer(rest.size() + 1);
            all.addComponent(true, first.getByteBuf());
            for (Buffer piece : rest) {
                all.addComponent(true, piece.getByteBuf());
            }
            return Buffer.buffer(all);
        }
    }

    private static boolean noBody(int status) {
        return status == 204 || status == 304 || status < 200;
    }

    /** Nothing of the answer has gone out yet: the caller gets a problem instead of a cut-off body. */
    private void brokenOff(HttpServerRequest in, Throwable failure) {
        Log.warnf("%s %s -> %s broke off its answer: %s", in.method(), in.path(), service, failure.toString());
        HttpProblems.send(in.response(), Problem.of(502, service + " broke off its answer", in.path()));
    }

    private void noVerdict(HttpServerRequest in, Throwable failure, LimitedBody limited) {
        HttpServerResponse out = in.response();
        if (limited != null && limited.exceeded()) {
            // What the caller still sends would only be read to be thrown away.
            out.putHeader("Connection", "close").endHandler(done -> in.connection().close());
            HttpProblems.send(out, Problem.of(413, "The body is larger than " + maxBodyBytes + " bytes, the limit of "
                    + in.path(), in.path()));
            return;
        }
        Log.debugf("%s %s: caller went away before %s answered: %s", in.method(), in.path(), service, failure);
    }

    private void failed(HttpServerRequest in, Throwable failure, long nanos) {
        HttpServerResponse out = in.response();
        Problem problem = DownstreamFailures.problem(service, failure, in.path());
        Log.warnf("%s %s -> %s failed with %d: %s", in.method(), in.path(), service, problem.status(), failure.toString());
        metrics.downstream(service, problem.status(), nanos);
        if (problem.status() == 503) {
            out.putHeader("Retry-After", "5");
        }
        if (!out.ended() && !out.closed()) {
            HttpProblems.send(out, problem);
        }
    }

}
