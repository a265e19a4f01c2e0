-- The order book: open purchase orders kept with their latest score and re-scored when the dataset
-- version or the date changes. Orders are not registry data: writing them never bumps the dataset version.
CREATE TABLE purchase_order (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  po_number         VARCHAR(64)   NOT NULL,
  status            VARCHAR(6)    NOT NULL DEFAULT 'OPEN',
  source_format     VARCHAR(8)    NOT NULL,
  body              MEDIUMTEXT    NOT NULL,
  erp_keys          MEDIUMTEXT    NULL,
  skipped           MEDIUMTEXT    NULL,
  buyer_country     CHAR(2)       NOT NULL,
  currency          CHAR(3)       NOT NULL,
  line_count        INT           NOT NULL,
  version           INT           NOT NULL DEFAULT 0,
  created_at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  closed_at         TIMESTAMP(3)  NULL,
  -- when the order or its score last changed (the list's changedSince)
  changed_at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  score             INT           NOT NULL,
  risk_tier         VARCHAR(8)    NOT NULL,
  total_value       DECIMAL(21,2) NOT NULL,
  value_at_risk     DECIMAL(21,2) NOT NULL,
  controls          VARCHAR(2000) NOT NULL DEFAULT '',
  dataset_version   BIGINT        NOT NULL,
  scored_as_of      DATE          NOT NULL,
  scored_at         TIMESTAMP(3)  NOT NULL,
  score_cause       VARCHAR(8)    NOT NULL,
  -- a re-scoring worker's lease on the order: no two workers score it for the same version and date
  claim             CHAR(36)      NULL,
  claim_until       TIMESTAMP(3)  NULL,
  CONSTRAINT purchase_order_po_number UNIQUE (po_number),
  CONSTRAINT purchase_order_status CHECK (status IN ('OPEN', 'CLOSED')),
  CONSTRAINT purchase_order_format CHECK (source_format IN ('native', 'sap-v2', 'sap-v4', 'odoo')),
  CONSTRAINT purchase_order_tier CHECK (risk_tier IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
  CONSTRAINT purchase_order_score CHECK (score BETWEEN 0 AND 100),
  INDEX purchase_order_due (status, dataset_version, scored_as_of),
  INDEX purchase_order_claim (claim),
  INDEX purchase_order_tier (risk_tier),
  INDEX purchase_order_changed (changed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the list filters on: the suppliers, parts and explicit materials of an order's lines, and the
-- controls its latest score bites on. A part's materials come from the registry when the list is read.
CREATE TABLE purchase_order_ref (
  order_id BIGINT      NOT NULL,
  kind     CHAR(1)     NOT NULL,
  ref      VARCHAR(64) NOT NULL,
  PRIMARY KEY (order_id, kind, ref),
  INDEX purchase_order_ref_lookup (kind, ref),
  CONSTRAINT purchase_order_ref_order_fk FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE,
  -- S supplier, P part, M material, C control
  CONSTRAINT purchase_order_ref_kind CHECK (kind IN ('S', 'P', 'M', 'C'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every score an order had: a new row when it was stored or replaced, and when a re-score changed its
-- score, tier, value at risk or controls. A re-score that changes nothing only moves the latest's version and date.
CREATE TABLE purchase_order_score (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id        BIGINT        NOT NULL,
  scored_at       TIMESTAMP(3)  NOT NULL,
  cause           VARCHAR(8)    NOT NULL,
  order_version   INT           NOT NULL,
  dataset_version BIGINT        NOT NULL,
  as_of           DATE          NOT NULL,
  score           INT           NOT NULL,
  risk_tier       VARCHAR(8)    NOT NULL,
  total_value     DECIMAL(21,2) NOT NULL,
  value_at_risk   DECIMAL(21,2) NOT NULL,
  controls        VARCHAR(2000) NOT NULL DEFAULT '',
  INDEX purchase_order_score_order (order_id, id),
  CONSTRAINT purchase_order_score_order_fk FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE,
  CONSTRAINT purchase_order_score_cause CHECK (cause IN ('STORED', 'REPLACED', 'REOPENED', 'DATASET', 'DATE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
