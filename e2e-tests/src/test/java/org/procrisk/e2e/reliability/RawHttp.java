package org.procrisk.e2e.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a socket for bodies a server should refuse on sight: the body is written from another
 * thread while the answer is read, as curl does, so an early 413 is seen even when the server closes
 * the connection before taking the whole body.
 */
final class RawHttp {

    record Answer(int status, Map<String, String> headers, String body) {
    }

    private RawHttp() {
    }

    static Answer send(String base, String method, String path, Map<String, String> headers, byte[] body) throws IOException {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(uri.getHost()).append("\r\nConnection: close\r\nContent-Length: ").append(body.length).append("\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread writer = new Thread(() -> {
                try {
                    for (int at = 0; at < body.length; at += 65536) {
                        out.write(body, at, Math.min(65536, body.length - at));
                    }
                    out.flush();
                } catch (IOException e) {
                    // the server stopped reading: its answer says why
                }
            });
            writer.setDaemon(true);
            writer.start();
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            Map<String, String> answerHeaders = new LinkedHashMap<>();
            for (String h; !(h = line(in)).isEmpty(); ) {
                int colon = h.indexOf(':');
                answerHeaders.put(h.substring(0, colon).toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
            }
            int length = Integer.parseInt(answerHeaders.getOrDefault("content-length", "-1"));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            if (length >= 0) {
                answer.write(in.readNBytes(length));
            } else {
                in.transferTo(answer);
            }
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]), answerHeaders, answer.toString(StandardCharsets.UTF_8));
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) {
                throw new IOException("connection closed before the answer was complete");
            }
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }
}
