package org.procrisk.supplier.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.procrisk.common.validation.SafeText;

/**
 * An open purchase order as the order book keeps it: the body of {@code POST /api/v1/scores} without
 * {@code asOf}, since a stored order is scored as of each day. scoring-service checks the rest.
 */
@Schema(name = "OrderInput", description = "A purchase order to keep: the body of POST /api/v1/scores without asOf")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderInput(
        @Schema(description = "Optional; when sent, it must be the poNumber of the path", example = "PO-2026-004711")
        @Size(max = 64) @SafeText String poNumber,
        @Schema(description = "Buyer's country, ISO 3166-1 alpha-2", example = "DE")
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String buyerCountry,
        @Schema(description = "ISO 4217 currency of all unit prices", example = "EUR")
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
        @Schema(description = "CIVIL or MILITARY, as in POST /api/v1/scores", enumeration = {"CIVIL", "MILITARY"}, example = "CIVIL")
        String endUse,
        @Schema(description = "Buyer programmes, e.g. US-DOD", example = "[]") @Size(max = 20) List<@NotBlank @Size(max = 32) String> programmes,
        @Schema(description = "1 to 5,000 lines") @NotEmpty @Size(max = 5000) List<@Valid @NotNull Line> lines) {

    @Schema(name = "OrderLineInput", description = "Either a registered partNumber or an inline composition")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(
            @Schema(example = "10") @NotNull @Positive Integer lineNumber,
            @Schema(example = "MAG-ROTOR-48") @Size(max = 64) @SafeText String partNumber,
            @Size(max = 100) List<@Valid @NotNull ComponentDto> composition,
            @Schema(description = "The buyer's vendor number (supplier externalId)", example = "V-10042") @Size(max = 64) @SafeText String supplierId,
            @Schema(example = "1000") @NotNull @Positive @DecimalMax("1000000000000") BigDecimal quantity,
            @Schema(example = "12.40") @NotNull @PositiveOrZero @DecimalMax("1000000000000") BigDecimal unitPrice) {
    }

    public OrderInput withPoNumber(String number) {
        return new OrderInput(number, buyerCountry, currency, endUse, programmes, lines);
    }
}
