package org.procrisk.supplier.mapping;

import java.util.Arrays;
import java.util.List;

import org.procrisk.supplier.api.MaterialDto;
import org.procrisk.supplier.domain.Material;

public final class MaterialMapper {

    private MaterialMapper() {
    }

    public static MaterialDto toDto(Material m) {
        return new MaterialDto(m.code, m.name, m.symbol, m.group, m.casNumber, splitCodes(m.hsCodes), m.notes);
    }

    static List<String> splitCodes(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
