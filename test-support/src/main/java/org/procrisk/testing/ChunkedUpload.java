package org.procrisk.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A request with {@code Transfer-Encoding: chunked} and no Content-Length, written on a raw socket so that no
 * client library adds a length: the case that a limit checking Content-Length alone would miss.
 */
public final class ChunkedUpload {

    private ChunkedUpload() {
    }

    /**
     * Sends {@code bytes} spaces (valid JSON whitespace) in 64 kB chunks from another thread, with the given
     * extra header lines ("Name: value"), and answers the status line, the headers and up to 512 characters of body.
     */
    public static String post(int port, String path, String contentType, int bytes, String... headers) throws Exception {
        return send(port, "POST", path, contentType, bytes, headers);
    }

    /** The same with another method, e.g. PUT. */
    public static String send(int port, String method, String path, String contentType, int bytes, String... headers)
            throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            head.append("Content-Type: ").append(contentType).append("\r\nTransfer-Encoding: chunked\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) ' ');
                try {
                    for (int sent = 0; sent < bytes; sent += chunk.length) {
                        int n = Math.min(chunk.length, bytes - sent);
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk, 0, n);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // expected when the server refuses the rest
                }
            });
            String answer = answer(socket);
            writer.get(20, TimeUnit.SECONDS);
            return answer;
        }
    }

    /**
     * Sends only the head of a request whose Content-Length declares {@code declaredBytes}, and answers what
     * the server says: a limit that checks the declared length answers before any of the body is sent. A
     * client library would be writing the body meanwhile and could see the server's close as a broken pipe.
     */
    public static String declared(int port, String path, String contentType, long declaredBytes) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + declaredBytes + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return answer(socket);
        }
    }

    /** The status line, the headers and up to 512 characters of the body. */
    private static String answer(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        StringBuilder answer = new StringBuilder();
        int length = -1;
        for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
            answer.append(line).append('\n');
            if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        char[] body = new char[Math.min(512, length < 0 ? 512 : length)];
        int n = body.length == 0 ? 0 : in.read(body);
        answer.append(n > 0 ? new String(body, 0, n) : "");
        return answer.toString();
    }
}
