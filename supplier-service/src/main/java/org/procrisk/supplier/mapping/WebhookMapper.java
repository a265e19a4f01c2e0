package org.procrisk.supplier.mapping;

import org.procrisk.supplier.api.WebhookDeliveryDto;
import org.procrisk.supplier.api.WebhookDto;
import org.procrisk.supplier.domain.WebhookDelivery;
import org.procrisk.supplier.domain.WebhookSubscription;

public final class WebhookMapper {

    private WebhookMapper() {
    }

    /** Without its secret, which is shown only when made or rotated. */
    public static WebhookDto toDto(WebhookSubscription s) {
        return new WebhookDto(s.id(), s.url(), s.eventTypes(), s.description(), s.active() ? "ACTIVE" : "DISABLED",
                s.disabledReason(), s.createdAt(), s.updatedAt(), null, null);
    }

    public static WebhookDto withSecret(WebhookSubscription s) {
        WebhookDto d = toDto(s);
        return new WebhookDto(d.id(), d.url(), d.eventTypes(), d.description(), d.status(), d.disabledReason(), d.createdAt(),
                d.updatedAt(), s.secret(), s.previousSecret() == null ? null : s.previousUntil());
    }

    public static WebhookDeliveryDto toDto(WebhookDelivery d) {
        return new WebhookDeliveryDto(d.id(), d.eventId(), d.eventType(), d.status(), d.attempts(), d.createdAt(),
                "PENDING".equals(d.status()) ? d.nextAttemptAt() : null, d.lastAttemptAt(), d.lastStatus(), d.lastError(),
                d.deliveredAt());
    }
}
