package org.procrisk.supplier.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The order book's day: stored orders are scored as of today (UTC), and re-scored when it turns. Tests
 * replace this bean; {@code supplier.orders.clock-start} starts a ticking clock at a given instant, so that
 * a whole stack can be watched passing a control's date.
 */
@ApplicationScoped
public class OrderClock {

    private final Clock clock;

    public OrderClock(@ConfigProperty(name = "supplier.orders.clock-start") Optional<Instant> start) {
        Clock system = Clock.systemUTC();
        this.clock = start.map(s -> Clock.offset(system, Duration.between(system.instant(), s))).orElse(system);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    public Instant now() {
        return clock.instant();
    }
}
