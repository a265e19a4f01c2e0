-- Country shares per material, stage and year, and trade measures: the rest of the reference data.
CREATE SEQUENCE country_share_SEQ INCREMENT BY 50;

CREATE TABLE country_share (
  id        BIGINT       NOT NULL PRIMARY KEY,
  material  VARCHAR(16)  NOT NULL,
  stage     VARCHAR(10)  NOT NULL,
  country   CHAR(2)      NOT NULL,
  share     DECIMAL(7,6) NOT NULL,
  year      SMALLINT     NOT NULL,
  source_id VARCHAR(64)  NOT NULL,
  basis     VARCHAR(10)  NOT NULL,
  notes     TEXT         NULL,
  CONSTRAINT country_share_material_fk FOREIGN KEY (material) REFERENCES material (code),
  CONSTRAINT country_share_source_fk FOREIGN KEY (source_id) REFERENCES source (id),
  CONSTRAINT country_share_unique UNIQUE (material, stage, year, country),
  CONSTRAINT country_share_stage CHECK (stage IN ('MINING', 'REFINING', 'MAGNET')),
  CONSTRAINT country_share_range CHECK (share >= 0 AND share <= 1),
  CONSTRAINT country_share_basis CHECK (basis IN ('reported', 'estimate'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE export_control (
  id               VARCHAR(64)  NOT NULL PRIMARY KEY,
  issuer           CHAR(2)      NOT NULL,
  instrument       VARCHAR(500) NOT NULL,
  title            VARCHAR(500) NOT NULL,
  measure          VARCHAR(10)  NOT NULL,
  direction        VARCHAR(6)   NOT NULL,
  materials        VARCHAR(500) NOT NULL DEFAULT '',
  forms            VARCHAR(200) NOT NULL,
  target_countries VARCHAR(500) NOT NULL,
  end_use          VARCHAR(8)   NOT NULL,
  programme        VARCHAR(32)  NULL,
  announced        DATE         NULL,
  effective_from   DATE         NULL,
  suspended_from   DATE         NULL,
  suspended_until  DATE         NULL,
  ended            DATE         NULL,
  source_id        VARCHAR(64)  NOT NULL,
  notes            TEXT         NULL,
  version          INT          NOT NULL DEFAULT 0,
  CONSTRAINT export_control_source_fk FOREIGN KEY (source_id) REFERENCES source (id),
  CONSTRAINT export_control_measure CHECK (measure IN ('LICENCE', 'BAN', 'QUOTA', 'DUTY', 'TECH_BAN')),
  CONSTRAINT export_control_direction CHECK (direction IN ('EXPORT', 'IMPORT')),
  CONSTRAINT export_control_end_use CHECK (end_use IN ('ANY', 'MILITARY'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The registry: suppliers, parts and what suppliers declare about their sourcing.
CREATE TABLE supplier (
  id          CHAR(36)     NOT NULL PRIMARY KEY,
  external_id VARCHAR(64)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  country     CHAR(2)      NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT supplier_external_id UNIQUE (external_id),
  INDEX supplier_country (country)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE supplier_site (
  supplier_id CHAR(36)     NOT NULL,
  position    INT          NOT NULL,
  name        VARCHAR(200) NOT NULL,
  country     CHAR(2)      NOT NULL,
  role        VARCHAR(16)  NOT NULL,
  PRIMARY KEY (supplier_id, position),
  CONSTRAINT supplier_site_supplier_fk FOREIGN KEY (supplier_id) REFERENCES supplier (id) ON DELETE CASCADE,
  CONSTRAINT supplier_site_role CHECK (role IN ('MINE', 'REFINER', 'MAGNET_MAKER', 'MANUFACTURER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE part (
  id              CHAR(36)     NOT NULL PRIMARY KEY,
  part_number     VARCHAR(64)  NOT NULL,
  description     VARCHAR(500) NULL,
  unit_of_measure VARCHAR(16)  NOT NULL DEFAULT 'EA',
  version         INT          NOT NULL DEFAULT 0,
  created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT part_number_unique UNIQUE (part_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE part_material (
  part_id          CHAR(36)      NOT NULL,
  material         VARCHAR(16)   NOT NULL,
  form             VARCHAR(10)   NOT NULL,
  mass_kg_per_unit DECIMAL(19,9) NOT NULL,
  PRIMARY KEY (part_id, material),
  INDEX part_material_material (material),
  CONSTRAINT part_material_part_fk FOREIGN KEY (part_id) REFERENCES part (id) ON DELETE CASCADE,
  CONSTRAINT part_material_material_fk FOREIGN KEY (material) REFERENCES material (code),
  CONSTRAINT part_material_form CHECK (form IN ('ORE', 'OXIDE', 'METAL', 'ALLOY', 'COMPOUND', 'MAGNET')),
  CONSTRAINT part_material_mass CHECK (mass_kg_per_unit > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which suppliers supply which parts. A supplier cannot be deleted while it supplies a part.
CREATE TABLE supply_link (
  part_id     CHAR(36) NOT NULL,
  supplier_id CHAR(36) NOT NULL,
  PRIMARY KEY (part_id, supplier_id),
  INDEX supply_link_supplier (supplier_id),
  CONSTRAINT supply_link_part_fk FOREIGN KEY (part_id) REFERENCES part (id) ON DELETE CASCADE,
  CONSTRAINT supply_link_supplier_fk FOREIGN KEY (supplier_id) REFERENCES supplier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE declaration (
  id          CHAR(36)      NOT NULL PRIMARY KEY,
  supplier_id CHAR(36)      NOT NULL,
  part_id     CHAR(36)      NULL,
  material    VARCHAR(16)   NOT NULL,
  stage       VARCHAR(10)   NOT NULL,
  valid_from  DATE          NOT NULL,
  valid_to    DATE          NULL,
  evidence    VARCHAR(1000) NULL,
  version     INT           NOT NULL DEFAULT 0,
  created_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  INDEX declaration_supplier (supplier_id),
  INDEX declaration_part (part_id),
  CONSTRAINT declaration_supplier_fk FOREIGN KEY (supplier_id) REFERENCES supplier (id),
  CONSTRAINT declaration_part_fk FOREIGN KEY (part_id) REFERENCES part (id),
  CONSTRAINT declaration_material_fk FOREIGN KEY (material) REFERENCES material (code),
  CONSTRAINT declaration_stage CHECK (stage IN ('MINING', 'REFINING', 'MAGNET')),
  CONSTRAINT declaration_dates CHECK (valid_to IS NULL OR valid_from <= valid_to)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE declaration_share (
  declaration_id CHAR(36)     NOT NULL,
  country        CHAR(2)      NOT NULL,
  share          DECIMAL(7,6) NOT NULL,
  PRIMARY KEY (declaration_id, country),
  CONSTRAINT declaration_share_fk FOREIGN KEY (declaration_id) REFERENCES declaration (id) ON DELETE CASCADE,
  CONSTRAINT declaration_share_range CHECK (share >= 0 AND share <= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row: the version of everything scoring reads. Every write bumps it in its own transaction,
-- which also orders writers, so a snapshot is always one consistent version.
CREATE TABLE dataset_version (
  id         TINYINT      NOT NULL PRIMARY KEY,
  version    BIGINT       NOT NULL,
  changed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT dataset_version_single CHECK (id = 1)
) ENGINE=InnoDB;
INSERT INTO dataset_version (id, version) VALUES (1, 1);

-- Idempotency-Key replay store for POST creations.
CREATE TABLE idempotency_key (
  scope           VARCHAR(64)  NOT NULL,
  idem_key        VARCHAR(200) NOT NULL,
  request_hash    CHAR(64)     NOT NULL,
  state           VARCHAR(12)  NOT NULL,
  response_status INT          NULL,
  response_body   MEDIUMTEXT   NULL,
  location        VARCHAR(500) NULL,
  etag            VARCHAR(64)  NULL,
  created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (scope, idem_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
