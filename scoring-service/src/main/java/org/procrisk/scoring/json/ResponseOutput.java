package org.procrisk.scoring.json;

import java.io.IOException;
import java.io.OutputStream;

import io.avaje.json.stream.JsonOutput;

/**
 * avaje-jsonb's output into a response stream, without its final flush: flushing the response's
 * stream sends what it holds as a chunk, so an answer that fits the stream's buffer
 * ({@code quarkus.rest.output-buffer-size}) would go out chunked instead of whole with its length.
 * The stream's owner closes it, and that sends the rest.
 */
record ResponseOutput(OutputStream out) implements JsonOutput {

    @Override
    public void write(byte[] content, int offset, int length) throws IOException {
        out.write(content, offset, length);
    }

    @Override
    public void flush() {
        // see above: the close sends it
    }

    @Override
    public void close() {
        // the stream belongs to the response
    }

    @Override
    public OutputStream unwrapOutputStream() {
        return out;
    }
}
