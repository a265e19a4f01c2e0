package org.procrisk.scoring.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A BOM policy; every field is optional and falls back to the query parameter, then the default policy. */
@Schema(name = "BomPolicy", description = "Release gate for a bill of materials. Defaults: maxRefiningShare 0.8, no "
        + "banned origins, exportControls WARN, minCoverage 0.8, unknownMaterials WARN, buyerRestrictions FAIL.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyDto(
        @Schema(description = "FAIL when a material's top refining country holds more than this share", example = "0.8")
        @DecimalMin("0") @DecimalMax("1") BigDecimal maxRefiningShare,
        @Schema(description = "Per material code, overriding maxRefiningShare", example = "{\"DY\": 0.5}")
        @Size(max = 100) Map<@Pattern(regexp = "[A-Z]{1,16}", message = "must be a material code") String,
                @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal> maxRefiningShareByMaterial,
        @Schema(description = "FAIL when any stage of a material's supply includes one of these countries (ISO 3166-1 alpha-2)",
                example = "[\"RU\"]")
        @Size(max = 50) List<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String> bannedOriginCountries,
        @Schema(description = "What an export control in force on a material does to the verdict", example = "WARN")
        Action exportControls,
        @Schema(description = "FAIL when less than this share of the BOM (by weight) can be scored", example = "0.8")
        @DecimalMin("0") @DecimalMax("1") BigDecimal minCoverage,
        @Schema(description = "Material codes taken out of the BOM before it is checked", example = "[]")
        @Size(max = 50) List<@NotNull @Size(max = 16) String> ignoreMaterials,
        @Schema(description = "What an unknown material code or CAS number does to the verdict", example = "WARN")
        Action unknownMaterials,
        @Schema(description = "What a NON_COMPLIANT buyer-side verdict (DFARS, with programmes) does; AT_RISK warns",
                example = "FAIL")
        Action buyerRestrictions) {

    /** What a rule does when it finds something. */
    public enum Action {
        FAIL, WARN, IGNORE
    }
}
