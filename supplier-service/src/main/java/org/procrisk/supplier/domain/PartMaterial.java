package org.procrisk.supplier.domain;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class PartMaterial {

    @Column(nullable = false)
    public String material;

    @Column(nullable = false)
    public String form;

    @Column(name = "mass_kg_per_unit", nullable = false, precision = 19, scale = 9)
    public BigDecimal massKgPerUnit;

    public PartMaterial() {
    }

    public PartMaterial(String material, String form, BigDecimal massKgPerUnit) {
        this.material = material;
        this.form = form;
        this.massKgPerUnit = massKgPerUnit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartMaterial m && Objects.equals(material, m.material) && Objects.equals(form, m.form)
                && m.massKgPerUnit != null && massKgPerUnit != null && massKgPerUnit.compareTo(m.massKgPerUnit) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(material, form);
    }
}
