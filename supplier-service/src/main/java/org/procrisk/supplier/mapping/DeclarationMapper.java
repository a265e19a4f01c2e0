package org.procrisk.supplier.mapping;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.procrisk.supplier.api.DeclarationDto;
import org.procrisk.supplier.api.DeclarationInput;
import org.procrisk.supplier.domain.Declaration;
import org.procrisk.supplier.domain.Part;
import org.procrisk.supplier.domain.Stage;
import org.procrisk.supplier.domain.Supplier;

public final class DeclarationMapper {

    private DeclarationMapper() {
    }

    public static DeclarationDto toDto(Declaration d) {
        Map<String, BigDecimal> shares = new TreeMap<>();
        d.shares.forEach((country, share) -> shares.put(country, share.stripTrailingZeros()));
        return new DeclarationDto(d.id, d.supplier.externalId, d.part == null ? null : d.part.partNumber, d.material,
                d.stage.name(), shares, d.validFrom, d.validTo, d.evidence, d.version, d.createdAt);
    }

    public static void apply(DeclarationInput in, Declaration d, Supplier supplier, Part part) {
        d.supplier = supplier;
        d.part = part;
        d.material = in.material();
        d.stage = Stage.valueOf(in.stage().name());
        d.shares.clear();
        d.shares.putAll(in.shares());
        d.validFrom = in.validFrom();
        d.validTo = in.validTo();
        d.evidence = in.evidence();
    }
}
