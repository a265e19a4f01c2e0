package org.procrisk.gateway.proxy;

import java.util.List;
import java.util.Map;

import io.vertx.core.MultiMap;

/**
 * The header fields that belong to one connection (RFC 9110, 7.6.1): Connection, the fields it names,
 * and the ones the RFC defines as such. They stay on their own side of the gateway in both directions.
 */
final class HopByHop {

    private static final String[] FIELDS = {"Connection", "Proxy-Connection", "Keep-Alive", "TE", "Trailer",
        "Transfer-Encoding", "Upgrade", "Proxy-Authenticate", "Proxy-Authorization"};

    private HopByHop() {
    }

    /** The caller's headers for the service: no hop-by-hop field, no Host (the client sets the service's), no length. */
    static void copyRequestHeaders(MultiMap from, MultiMap to) {
        List<String> named = from.contains("Connection") ? from.getAll("Connection") : List.of();
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey();
            if (!isHopByHop(name, named) && !name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")) {
                to.add(name, header.getValue());
            }
        }
    }

    /**
     * The service's headers for the caller, less the ones the gateway answers itself (X-Request-Id, the
     * rate-limit headers), which go out once; Vary is a list, so both lists stand. The length is the
     * gateway's to set, from the body it sends.
     */
    static void copyAnswerHeaders(MultiMap from, MultiMap to) {
        List<String> named = from.contains("Connection") ? from.getAll("Connection") : List.of();
        boolean hasOwn = !to.isEmpty();
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey();
            if (isHopByHop(name, named) || name.equalsIgnoreCase("Content-Length")) {
                continue;
            }
            if (hasOwn && to.contains(name) && !name.equalsIgnoreCase("Vary")) {
                continue;
            }
            to.add(name, header.getValue());
        }
    }

    /** The declared body length, -1 when there is none or it is not a number. */
    static long contentLength(MultiMap headers) {
        String value = headers.get("Content-Length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean isHopByHop(String name, List<String> connectionValues) {
        for (String field : FIELDS) {
            if (field.equalsIgnoreCase(name)) {
                return true;
            }
        }
        for (String value : connectionValues) {
            for (String listed : value.split(",")) {
                if (listed.trim().equalsIgnoreCase(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
