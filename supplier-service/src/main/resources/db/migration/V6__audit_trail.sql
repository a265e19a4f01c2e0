-- Who wrote what: one record per committed write, in the write's own transaction. Auditors of
-- export-control compliance ask which key entered a control, when, and from which request.
CREATE TABLE audit_record (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recorded_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  caller          VARCHAR(128) NOT NULL,
  caller_role     VARCHAR(16)  NULL,
  request_id      VARCHAR(128) NULL,
  action          VARCHAR(12)  NOT NULL,
  resource_type   VARCHAR(32)  NOT NULL,
  resource_id     VARCHAR(128) NULL,
  version_before  VARCHAR(64)  NULL,
  version_after   VARCHAR(64)  NULL,
  dataset_version BIGINT       NOT NULL,
  changes         MEDIUMTEXT   NULL,
  created         INT          NULL,
  updated         INT          NULL,
  unchanged       INT          NULL,
  CONSTRAINT audit_record_action CHECK (action IN ('CREATE', 'REPLACE', 'DELETE', 'BULK_UPSERT')),
  INDEX audit_record_resource (resource_type, resource_id),
  INDEX audit_record_caller (caller),
  INDEX audit_record_time (recorded_at),
  INDEX audit_record_dataset_version (dataset_version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The resources a bulk upsert created or changed (unchanged items are only counted).
CREATE TABLE audit_record_item (
  record_id   BIGINT       NOT NULL,
  resource_id VARCHAR(128) NOT NULL,
  change_kind VARCHAR(8)   NOT NULL,
  PRIMARY KEY (record_id, resource_id),
  INDEX audit_record_item_resource (resource_id),
  CONSTRAINT audit_record_item_record_fk FOREIGN KEY (record_id) REFERENCES audit_record (id),
  CONSTRAINT audit_record_item_kind CHECK (change_kind IN ('CREATED', 'UPDATED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only whatever runs against the database, not only through the API.
CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit records are append-only';
CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit records are append-only';
CREATE TRIGGER audit_record_item_no_update BEFORE UPDATE ON audit_record_item FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit records are append-only';
CREATE TRIGGER audit_record_item_no_delete BEFORE DELETE ON audit_record_item FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit records are append-only';
