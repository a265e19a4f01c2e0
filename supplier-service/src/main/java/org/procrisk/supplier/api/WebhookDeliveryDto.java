package org.procrisk.supplier.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One event's delivery to one subscription")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookDeliveryDto(
        @Schema(example = "1207") long id,
        @Schema(description = "The event's id: the webhook-id of every attempt", example = "evt_4f1c2d0e8b9a4b7c9d3e2f1a0b9c8d7e") String eventId,
        @Schema(example = "order.risk.changed") String eventType,
        @Schema(example = "FAILED", enumeration = {"PENDING", "DELIVERED", "FAILED"}) String status,
        @Schema(example = "3") int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        @Schema(description = "The receiver's last HTTP status; none when it could not be reached", example = "503") Integer lastStatus,
        @Schema(example = "connection refused") String lastError,
        Instant deliveredAt) {
}
