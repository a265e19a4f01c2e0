package org.procrisk.supplier.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A trade measure; list columns hold ';'-separated codes as in the reference data. */
@Entity
@Table(name = "export_control")
public class ExportControl extends PanacheEntityBase {

    @Id
    public String id;

    @Column(columnDefinition = "CHAR(2)")
    public String issuer;

    public String instrument;

    public String title;

    public String measure;

    public String direction;

    public String materials;

    public String forms;

    @Column(name = "target_countries")
    public String targetCountries;

    @Column(name = "end_use")
    public String endUse;

    public String programme;

    public LocalDate announced;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "suspended_from")
    public LocalDate suspendedFrom;

    @Column(name = "suspended_until")
    public LocalDate suspendedUntil;

    public LocalDate ended;

    @Column(name = "source_id")
    public String sourceId;

    public String notes;

    @Version
    public int version;
}
