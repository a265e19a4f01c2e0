package org.procrisk.supplier.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A supplier's statement of refining (or mining, magnet-making) origin for a material. */
@Entity
@Table(name = "declaration")
public class Declaration extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "CHAR(36)")
    public String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    public Supplier supplier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "part_id")
    public Part part;

    @Column(nullable = false)
    public String material;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "declaration_share", joinColumns = @JoinColumn(name = "declaration_id"))
    @MapKeyColumn(name = "country", columnDefinition = "CHAR(2)")
    @Column(name = "share", precision = 7, scale = 6)
    public Map<String, BigDecimal> shares = new TreeMap<>();

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public String evidence;

    @Version
    public int version;

    @org.hibernate.annotations.CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
}
