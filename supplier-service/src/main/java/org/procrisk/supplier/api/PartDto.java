package org.procrisk.supplier.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Part")
public record PartDto(
        @Schema(example = "8d3c6a90-4f2b-4e8a-a1c3-5f0e2d9b7c61") String id,
        @Schema(example = "MAG-ROTOR-48") String partNumber,
        @Schema(example = "NdFeB rotor magnet, 48 mm") String description,
        @Schema(example = "EA") String unitOfMeasure,
        List<ComponentDto> composition,
        @Schema(example = "[\"V-10042\"]") List<String> suppliers,
        @Schema(example = "0") int version,
        Instant createdAt,
        Instant updatedAt) {
}
