package org.procrisk.supplier.mapping;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.procrisk.supplier.api.ComponentDto;
import org.procrisk.supplier.api.PartDto;
import org.procrisk.supplier.api.PartInput;
import org.procrisk.supplier.domain.Part;
import org.procrisk.supplier.domain.PartMaterial;
import org.procrisk.supplier.domain.Supplier;

public final class PartMapper {

    private PartMapper() {
    }

    public static PartDto toDto(Part p) {
        return new PartDto(p.id, p.partNumber, p.description, p.unitOfMeasure,
                p.composition.stream()
                        .sorted(Comparator.comparing(m -> m.material))
                        .map(m -> new ComponentDto(m.material, ComponentDto.MaterialForm.valueOf(m.form),
                                m.massKgPerUnit.stripTrailingZeros()))
                        .toList(),
                p.suppliers.stream().map(s -> s.externalId).sorted().toList(),
                p.version, p.createdAt, p.updatedAt);
    }

    /** Copies the input onto the entity; suppliers are resolved by externalId. True when anything changed. */
    public static boolean apply(PartInput in, Part p, Map<String, Supplier> suppliersByExternalId) {
        Set<PartMaterial> composition = in.composition().stream()
                .map(c -> new PartMaterial(c.material(), c.form().name(), c.massKgPerUnit()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Supplier> suppliers = in.suppliers().stream().map(suppliersByExternalId::get)
                .collect(Collectors.toSet());
        boolean changed = !in.partNumber().equals(p.partNumber)
                || !java.util.Objects.equals(in.description(), p.description)
                || !in.unitOfMeasure().equals(p.unitOfMeasure)
                || !composition.equals(p.composition)
                || !suppliers.equals(p.suppliers);
        p.partNumber = in.partNumber();
        p.description = in.description();
        p.unitOfMeasure = in.unitOfMeasure();
        if (!composition.equals(p.composition)) {
            p.composition.clear();
            p.composition.addAll(composition);
        }
        if (!suppliers.equals(p.suppliers)) {
            p.suppliers.clear();
            p.suppliers.addAll(suppliers);
        }
        return changed;
    }
}
