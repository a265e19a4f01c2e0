package org.procrisk.supplier.domain;

import java.time.Instant;

/**
 * An order of the order book as stored: the native order's JSON (what is scored), how it was sent, the
 * ERP's line keys and skipped items (JSON, ERP orders only), and its latest score.
 */
public record BookedOrder(long id, String poNumber, Status status, String format, String body, String erpKeys,
                          String skipped, int lineCount, long version, Instant createdAt, Instant updatedAt,
                          Instant closedAt, Instant changedAt, OrderScore latest) {

    public enum Status {
        OPEN, CLOSED
    }

    /** Whether a write of this content would change nothing. */
    public boolean sameContent(String otherFormat, String otherBody, String otherKeys, String otherSkipped) {
        return status == Status.OPEN && format.equals(otherFormat) && body.equals(otherBody)
                && java.util.Objects.equals(erpKeys, otherKeys) && java.util.Objects.equals(skipped, otherSkipped);
    }
}
