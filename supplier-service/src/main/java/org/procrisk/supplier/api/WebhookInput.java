package org.procrisk.supplier.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.procrisk.common.validation.SafeText;

@Schema(name = "WebhookInput", description = "A receiver of order events")
public record WebhookInput(
        @Schema(description = "https, on a public address", example = "https://erp.example.com/hooks/procrisk")
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "Event types to receive", example = "[\"order.risk.changed\", \"order.control.reached\"]")
        @NotEmpty @Size(max = 10) List<@NotBlank String> eventTypes,
        @Schema(example = "SAP workflow: purchasing alerts") @Size(max = 500) @SafeText String description) {
}
