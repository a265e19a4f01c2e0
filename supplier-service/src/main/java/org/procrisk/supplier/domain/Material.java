package org.procrisk.supplier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "material")
public class Material extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    public String symbol;

    @Column(name = "material_group", nullable = false)
    public String group;

    @Column(name = "cas_number")
    public String casNumber;

    /** HS-6 codes, ';'-separated as in the reference data. */
    @Column(name = "hs_codes")
    public String hsCodes;

    public String notes;
}
