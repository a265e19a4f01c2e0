package org.procrisk.gateway.security;

/** An authenticated API key: its name (never the key), role and rate limit. */
public record Caller(String name, Role role, double ratePerSecond, int burst) {
}
