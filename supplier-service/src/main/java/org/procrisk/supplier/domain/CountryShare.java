package org.procrisk.supplier.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

@Entity
@Table(name = "country_share")
public class CountryShare extends PanacheEntity {

    @Column(nullable = false)
    public String material;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;

    @Column(nullable = false, columnDefinition = "CHAR(2)")
    public String country;

    @Column(nullable = false, precision = 7, scale = 6)
    public BigDecimal share;

    @Column(nullable = false, columnDefinition = "SMALLINT")
    public int year;

    @Column(name = "source_id", nullable = false)
    public String sourceId;

    @Column(nullable = false)
    public String basis;

    public String notes;
}
