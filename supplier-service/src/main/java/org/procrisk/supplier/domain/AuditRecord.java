package org.procrisk.supplier.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One committed write, as the audit trail recorded it; read-only here, append-only in the database. */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord extends PanacheEntityBase {

    @Id
    public long id;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public String caller;

    @Column(name = "caller_role")
    public String callerRole;

    @Column(name = "request_id")
    public String requestId;

    public String action;

    @Column(name = "resource_type")
    public String resourceType;

    @Column(name = "resource_id")
    public String resourceId;

    @Column(name = "version_before")
    public String versionBefore;

    @Column(name = "version_after")
    public String versionAfter;

    @Column(name = "dataset_version")
    public long datasetVersion;

    @Column(columnDefinition = "MEDIUMTEXT")
    public String changes;

    public Integer created;

    public Integer updated;

    public Integer unchanged;
}
