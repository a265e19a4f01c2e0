package org.procrisk.gateway.routing;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.procrisk.gateway.config.GatewayConfig;
import org.procrisk.gateway.security.Role;

/**
 * Matches request paths against literal prefixes. Vert.x route paths treat {@code :name} as a
 * parameter, which would break colon paths such as {@code /api/v1/parts:bulk}, so matching is done here.
 */
@Singleton
public class RouteTable {

    private final List<Entry> entries;

    public RouteTable(GatewayConfig config) {
        this.entries = config.routes().stream()
                .map(r -> {
                    GatewayConfig.Service service = config.services().get(r.service());
                    if (service == null) {
                        throw new IllegalStateException("Route " + r.prefix() + " names unknown service " + r.service());
                    }
                    return new Entry(r.prefix(), r.service(), r.timeout().orElse(service.requestTimeout()),
                            Role.parse(r.readRole()), Role.parse(r.writeRole()),
                            r.maxBodySize().orElse(config.maxBodySize()).asLongValue());
                })
                .sorted(Comparator.comparingInt((Entry e) -> e.prefix().length()).reversed())
                .toList();
    }

    public Optional<Entry> match(String path) {
        for (Entry entry : entries) {
            if (entry.matches(path)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    public List<Entry> entries() {
        return entries;
    }

    /** One public route: where it goes, how long it may take, who may call it, how large a body it takes. */
    public record Entry(String prefix, String service, Duration timeout, Role readRole, Role writeRole,
                        long maxBodyBytes) {

        public Role requiredRole(String method) {
            return "GET".equals(method) || "HEAD".equals(method) ? readRole : writeRole;
        }

        boolean matches(String path) {
            if (!path.startsWith(prefix)) {
                return false;
            }
            if (path.length() == prefix.length()) {
                return true;
            }
            char next = path.charAt(prefix.length());
            return next == '/' || next == ':';
        }
    }
}
