package org.procrisk.scoring.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PortfolioRequest", description = "Many orders, aggregated in one currency.")
public record PortfolioRequest(
        @Schema(description = "1 to 1,000 orders") @NotEmpty @Size(max = 1000) List<@Valid @NotNull ScoreRequest> orders,
        @Schema(description = "Currency of the totals; defaults to the orders' currency when they share one", example = "EUR")
        String reportingCurrency,
        @Schema(description = "Units of reportingCurrency per unit of each other currency; required for mixed currencies",
                example = "{\"USD\": 0.92, \"JPY\": 0.0061}")
        Map<String, @NotNull @Positive BigDecimal> fxRates,
        @Schema(description = "How many of the riskiest orders to list", example = "10", defaultValue = "10")
        @Min(1) @Max(1000) Integer topN) {
}
