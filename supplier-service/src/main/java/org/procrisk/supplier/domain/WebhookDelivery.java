package org.procrisk.supplier.domain;

import java.time.Instant;

/** One event for one subscription: how its attempts went. */
public record WebhookDelivery(long id, String subscriptionId, String eventId, String eventType, String status, int attempts,
                              Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatus,
                              String lastError, Instant deliveredAt) {
}
