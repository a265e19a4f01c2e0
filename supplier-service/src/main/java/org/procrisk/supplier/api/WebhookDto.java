package org.procrisk.supplier.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhook", description = "A webhook subscription; its secret is shown once, when it is made or rotated")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookDto(
        @Schema(example = "3f2b8c1e-6a4d-4e7f-9b0a-1c2d3e4f5a6b") String id,
        @Schema(example = "https://erp.example.com/hooks/procrisk") String url,
        @Schema(example = "[\"order.risk.changed\"]") List<String> eventTypes,
        String description,
        @Schema(example = "ACTIVE", enumeration = {"ACTIVE", "DISABLED"}) String status,
        @Schema(description = "Why it was disabled: by an admin, a 410 from the receiver, or deliveries failing for 24 h",
                example = "the receiver answered 410 Gone") String disabledReason,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Only when made or rotated: whsec_ and the base64 of 32 random bytes; keep it",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
        @Schema(description = "After a rotation: until when deliveries are signed with the previous secret too") Instant previousSecretValidUntil) {
}
