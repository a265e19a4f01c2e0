package org.procrisk.e2e.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A client of the NDJSON batch over a raw socket: it streams the request body in chunks while reading
 * the answer, and says whether the answer ended with the summary record (complete) or was cut.
 */
final class BatchStream {

    record Result(int lines, String lastLine, boolean complete) {
    }

    private BatchStream() {
    }

    /** Sends {@code orders} orders; after {@code cutAfterMillis} (if ≥ 0) runs {@code cut} while streaming. */
    static Result send(String gateway, String key, int orders, long cutAfterMillis, Runnable cut) throws IOException, InterruptedException {
        URI uri = URI.create(gateway);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/scores/batch?detail=compact HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nX-API-Key: " + key
                    + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                long start = System.currentTimeMillis();
                boolean cutDone = false;
                try {
                    for (int n = 0; n < orders; n++) {
                        String line = ScoringLoad.ORDER.replace("\n", "").replace("PO-LOAD-1", "PO-BATCH-" + n) + "\n";
                        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(bytes);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        if (cutAfterMillis >= 0 && n % 100 == 0) {
                            // paced so that the stream is still running when the cut comes, not done in 200 ms
                            Thread.sleep(5);
                            if (!cutDone && System.currentTimeMillis() - start > cutAfterMillis) {
                                cutDone = true;
                                cut.run();
                            }
                        }
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException | InterruptedException e) {
                    // the connection went away under us: what the reader saw is the result
                }
            });
            writer.start();
            StringBuilder body = new StringBuilder();
            try {
                readChunkedBody(socket.getInputStream(), body);
            } catch (IOException | NumberFormatException e) {
                // reset by the peer, or garbage where a chunk size belongs: a cut; what arrived is in body
            }
            writer.join(60_000);
            String[] lines = body.toString().split("\n");
            String last = lines.length == 0 ? "" : lines[lines.length - 1];
            return new Result(lines.length, last, last.startsWith("{\"summary\"") && body.toString().endsWith("\n"));
        }
    }

    /** HTTP/1.1 response headers, then a chunked body, decoded into {@code body} as it arrives. */
    private static void readChunkedBody(java.io.InputStream raw, StringBuilder body) throws IOException {
        java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(raw));
        boolean chunked = false;
        for (String header; !(header = line(in)).isEmpty(); ) {
            chunked |= header.toLowerCase(java.util.Locale.ROOT).startsWith("transfer-encoding:") && header.contains("chunked");
        }
        if (!chunked) {
            body.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            for (int size; (size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) > 0; ) {
                byte[] chunk = new byte[size];
                in.readFully(chunk);
                bytes.write(chunk);
                line(in);
            }
        } finally {
            body.append(bytes.toString(StandardCharsets.UTF_8));
        }
    }

    private static String line(java.io.DataInputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) {
                throw new java.io.EOFException("connection closed");
            }
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }
}
