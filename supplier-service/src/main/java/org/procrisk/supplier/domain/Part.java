package org.procrisk.supplier.domain;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

@Entity
@Table(name = "part")
public class Part extends RegistryEntity {

    @Column(name = "part_number", nullable = false)
    public String partNumber;

    public String description;

    @Column(name = "unit_of_measure", nullable = false)
    public String unitOfMeasure;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "part_material", joinColumns = @JoinColumn(name = "part_id"))
    public Set<PartMaterial> composition = new LinkedHashSet<>();

    /** Supply links: the suppliers this part is bought from. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "supply_link", joinColumns = @JoinColumn(name = "part_id"),
            inverseJoinColumns = @JoinColumn(name = "supplier_id"))
    public Set<Supplier> suppliers = new HashSet<>();

    public static Part findByPartNumber(String partNumber) {
        return find("partNumber", partNumber).firstResult();
    }
}
