-- Reference data: where every figure comes from, and the materials the method knows.
CREATE TABLE source (
  id         VARCHAR(64)   NOT NULL PRIMARY KEY,
  publisher  VARCHAR(200)  NOT NULL,
  title      VARCHAR(500)  NOT NULL,
  year       SMALLINT      NOT NULL,
  url        VARCHAR(1000) NULL,
  notes      TEXT          NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE material (
  code           VARCHAR(16)  NOT NULL PRIMARY KEY,
  name           VARCHAR(100) NOT NULL,
  symbol         VARCHAR(8)   NULL,
  material_group VARCHAR(8)   NOT NULL,
  cas_number     VARCHAR(20)  NULL,
  hs_codes       VARCHAR(200) NULL,
  notes          TEXT         NULL,
  CONSTRAINT material_group_known CHECK (material_group IN ('LREE', 'HREE', 'SC', 'REE', 'OTHER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
