package org.procrisk.supplier.audit;

/** Who made a request: the gateway's key name and role, and the request id, as the gateway passed them on. */
public record Caller(String name, String role, String requestId) {
}
