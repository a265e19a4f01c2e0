package org.procrisk.supplier.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The single row whose version every registry write bumps. */
@Entity
@Table(name = "dataset_version")
public class DatasetVersion extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "TINYINT")
    public int id;

    public long version;

    @Column(name = "changed_at")
    public Instant changedAt;
}
