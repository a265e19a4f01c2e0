package org.procrisk.supplier.domain;

import java.time.Instant;

/** An event of the order book: its id (the webhook-id), type, order, time, and body ({id, type, timestamp, data}). */
public record OrderEvent(String eventId, String type, String poNumber, Instant createdAt, String body) {
}
