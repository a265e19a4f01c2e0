package org.procrisk.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body passed through as it arrives, counting the bytes actually read: once more than the
 * route's limit has come, it stops and fails the stream, whatever Content-Length said or did not say
 * (chunked uploads have none).
 */
final class LimitedBody implements ReadStream<Buffer> {

    /** The body went past the route's limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("request body larger than " + limit + " bytes", null, false, false);
        }
    }

    private final ReadStream<Buffer> delegate;
    private final long limit;
    private long read;
    private volatile boolean exceeded;
    private Handler<Throwable> exceptionHandler;

    LimitedBody(ReadStream<Buffer> delegate, long limit) {
        this.delegate = delegate;
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        delegate.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            delegate.handler(null);
            return this;
        }
        delegate.handler(buffer -> {
            if (exceeded) {
                return;
            }
            read += buffer.length();
            if (read > limit) {
                exceeded = true;
                delegate.pause();
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new TooLarge(limit));
                }
                return;
            }
            handler.handle(buffer);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        delegate.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        if (!exceeded) {
            delegate.resume();
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        if (!exceeded) {
            delegate.fetch(amount);
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        delegate.endHandler(endHandler);
        return this;
    }
}
