package org.procrisk.supplier.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.UpdateTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "part")
public class Part extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "CHAR(36)")
    public String id;

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

    @Version
    public int version;

    @org.hibernate.annotations.CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Part findByPartNumber(String partNumber) {
        return find("partNumber", partNumber).firstResult();
    }
}
