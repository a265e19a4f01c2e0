package org.procrisk.scoring.bom;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading as soon as more than {@code limit} bytes came in, so an oversized body is refused (413)
 * before it is buffered. The failure is an IOException so parsers pass it on; {@link #find} digs it out
 * of whatever wrapped it.
 */
public final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long read;

    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws LimitExceeded {
        read += n;
        if (read > limit) {
            throw new LimitExceeded("The bill of materials is larger than " + limit / (1024 * 1024) + " MB");
        }
    }

    public static LimitExceeded find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof LimitExceeded e) {
                return e;
            }
        }
        return null;
    }

    public static final class LimitExceeded extends IOException {
        LimitExceeded(String message) {
            super(message);
        }
    }
}
