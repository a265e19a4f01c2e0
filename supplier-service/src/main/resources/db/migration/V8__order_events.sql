-- The buyer-side compliance of an order's latest score (its verdict, and lines and value per verdict), so
-- that a change of a line's verdict is seen when the order is re-scored.
ALTER TABLE purchase_order ADD COLUMN compliance VARCHAR(1000) NULL;
ALTER TABLE purchase_order_score ADD COLUMN compliance VARCHAR(1000) NULL;

-- The outbox of order events, written in the transaction of the re-score that caused them. seq is the
-- position in the change feed, given after commit by one sequencer at a time, so that an event whose
-- transaction commits late is placed after what readers have seen rather than before it.
CREATE TABLE order_event (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id   VARCHAR(40)  NOT NULL,
  type       VARCHAR(40)  NOT NULL,
  po_number  VARCHAR(64)  NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  body       MEDIUMTEXT   NOT NULL,
  seq        BIGINT       NULL,
  CONSTRAINT order_event_event_id UNIQUE (event_id),
  CONSTRAINT order_event_seq UNIQUE (seq),
  INDEX order_event_po (po_number, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_event_sequence (
  id       TINYINT NOT NULL PRIMARY KEY,
  last_seq BIGINT  NOT NULL
) ENGINE=InnoDB;
INSERT INTO order_event_sequence (id, last_seq) VALUES (1, 0);
