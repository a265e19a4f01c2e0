package org.procrisk.supplier.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.procrisk.supplier.service.OrderClock;

/** The order book's clock, set by the test. */
public class MovableClock extends OrderClock {

    private volatile Instant now;

    public MovableClock(Instant start) {
        super(Optional.empty());
        this.now = start;
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    @Override
    public Instant now() {
        return now;
    }
}
