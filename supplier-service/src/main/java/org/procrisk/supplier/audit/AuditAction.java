package org.procrisk.supplier.audit;

/** What a write did to its resource. */
public enum AuditAction {
    CREATE, REPLACE, DELETE, BULK_UPSERT
}
