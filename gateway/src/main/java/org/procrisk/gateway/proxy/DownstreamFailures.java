package org.procrisk.gateway.proxy;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.procrisk.common.problem.Problem;

import io.netty.channel.ConnectTimeoutException;

/** What a failed exchange with a service means for the caller: 503 (not reachable), 504 (too slow) or 502. */
final class DownstreamFailures {

    private DownstreamFailures() {
    }

    static Problem problem(String service, Throwable failure, String path) {
        if (failure instanceof ConnectException || failure instanceof ConnectTimeoutException) {
            return Problem.of(503, service + " is not reachable; try again shortly", path);
        }
        if (isTimeout(failure)) {
            return Problem.of(504, service + " did not answer in time", path);
        }
        return Problem.of(502, service + " failed to answer", path);
    }

    private static boolean isTimeout(Throwable failure) {
        return failure instanceof TimeoutException
                || failure.getClass().getSimpleName().contains("Timeout")
                || (failure.getMessage() != null && failure.getMessage().contains("timeout period"));
    }
}
