package org.procrisk.gateway.routing;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.procrisk.gateway.config.GatewayConfig;

/**
 * Matches request paths against literal prefixes. Vert.x route paths treat {@code :name} as a
 * parameter, which would break colon paths such as {@code /api/v1/parts:bulk}, so matching is done here.
 */
@ApplicationScoped
public class RouteTable {

    private final List<Entry> entries;

    public RouteTable(GatewayConfig config) {
        this.entries = config.routes().stream()
                .map(r -> {
                    GatewayConfig.Service service = config.services().get(r.service());
                    if (service == null) {
                        throw new IllegalStateException("Route " + r.prefix() + " names unknown service " + r.service());
                    }
                    return new Entry(r.prefix(), r.service(), r.timeout().orElse(service.requestTimeout()));
                })
                .sorted(Comparator.comparingInt((Entry e) -> e.prefix().length()).reversed())
                .toList();
    }

    public Optional<Entry> match(String path) {
        return entries.stream().filter(e -> e.matches(path)).findFirst();
    }

    public List<Entry> entries() {
        return entries;
    }

    public record Entry(String prefix, String service, Duration timeout) {
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
