package org.procrisk.supplier.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusMock;

import org.procrisk.supplier.service.OrderClock;

/** What every order-book test starts from: its own clock, and a scoring stand-in up and on the registry's version. */
public final class OrderBookClock {

    private OrderBookClock() {
    }

    public static MovableClock install(Instant start, FakeScoring scoring, DataSource db) throws SQLException {
        MovableClock clock = new MovableClock(start);
        QuarkusMock.installMockForType(clock, OrderClock.class);
        scoring.down = false;
        scoring.versionAfterRefresh.set(-1);
        scoring.datasetVersion.set(datasetVersion(db));
        return clock;
    }

    public static long datasetVersion(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("SELECT version FROM dataset_version WHERE id = 1");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
