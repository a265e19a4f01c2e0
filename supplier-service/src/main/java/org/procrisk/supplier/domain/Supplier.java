package org.procrisk.supplier.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "supplier")
public class Supplier extends RegistryEntity {

    @Column(name = "external_id", nullable = false)
    public String externalId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, columnDefinition = "CHAR(2)")
    public String country;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "supplier_site", joinColumns = @JoinColumn(name = "supplier_id"))
    @OrderColumn(name = "position")
    public List<Site> sites = new ArrayList<>();

    public static Supplier findByExternalId(String externalId) {
        return find("externalId", externalId).firstResult();
    }
}
