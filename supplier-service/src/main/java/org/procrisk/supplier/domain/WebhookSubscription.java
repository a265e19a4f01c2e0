package org.procrisk.supplier.domain;

import java.time.Instant;
import java.util.List;

/** A receiver of order events: where, which types, the secret that signs (and the previous one while it still does). */
public record WebhookSubscription(String id, String url, List<String> eventTypes, String description, String secret,
                                  String previousSecret, Instant previousUntil, boolean active, String disabledReason,
                                  Instant createdAt, Instant updatedAt) {

    /** The secrets that sign a delivery at {@code now}: the current one, and the previous one during a rotation. */
    public List<String> signingSecrets(Instant now) {
        return previousSecret != null && previousUntil != null && now.isBefore(previousUntil)
                ? List.of(secret, previousSecret) : List.of(secret);
    }
}
