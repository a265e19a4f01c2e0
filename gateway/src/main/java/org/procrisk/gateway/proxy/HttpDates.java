package org.procrisk.gateway.proxy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.inject.Singleton;

/** The Date header's value for now (RFC 9110, 5.6.7), formatted once a second instead of once an answer. */
@Singleton
public class HttpDates {

    /** IMF-fixdate: two-digit day, English names, always GMT. */
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private record Stamp(long second, String text) {
    }

    private final Clock clock;
    private volatile Stamp last = new Stamp(-1, "");

    public HttpDates() {
        this(Clock.systemUTC());
    }

    HttpDates(Clock clock) {
        this.clock = clock;
    }

    public String now() {
        long millis = clock.millis();
        long second = Math.floorDiv(millis, 1000);
        Stamp stamp = last;
        if (stamp.second() != second) {
            stamp = new Stamp(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
            last = stamp;
        }
        return stamp.text();
    }
}
