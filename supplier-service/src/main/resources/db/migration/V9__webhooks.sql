-- Webhook subscriptions and their deliveries (Standard Webhooks). The secret signs deliveries, so it is
-- kept as issued; during a rotation the previous one signs too, until previous_until.
CREATE TABLE webhook_subscription (
  id              CHAR(36)      NOT NULL PRIMARY KEY,
  url             VARCHAR(2000) NOT NULL,
  event_types     VARCHAR(500)  NOT NULL,
  description     VARCHAR(500)  NULL,
  secret          VARCHAR(200)  NOT NULL,
  previous_secret VARCHAR(200)  NULL,
  previous_until  TIMESTAMP(3)  NULL,
  status          VARCHAR(8)    NOT NULL DEFAULT 'ACTIVE',
  disabled_reason VARCHAR(500)  NULL,
  created_at      TIMESTAMP(3)  NOT NULL,
  updated_at      TIMESTAMP(3)  NOT NULL,
  CONSTRAINT webhook_subscription_status CHECK (status IN ('ACTIVE', 'DISABLED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per event and subscription, made when the event is placed in the feed; attempts are leased
-- like re-scoring work, so replicas share them and none is sent twice at once.
CREATE TABLE webhook_delivery (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  subscription_id  CHAR(36)      NOT NULL,
  event_row        BIGINT        NOT NULL,
  status           VARCHAR(9)    NOT NULL DEFAULT 'PENDING',
  attempts         INT           NOT NULL DEFAULT 0,
  created_at       TIMESTAMP(3)  NOT NULL,
  next_attempt_at  TIMESTAMP(3)  NOT NULL,
  first_attempt_at TIMESTAMP(3)  NULL,
  last_attempt_at  TIMESTAMP(3)  NULL,
  last_status      INT           NULL,
  last_error       VARCHAR(500)  NULL,
  delivered_at     TIMESTAMP(3)  NULL,
  claim            CHAR(36)      NULL,
  claim_until      TIMESTAMP(3)  NULL,
  CONSTRAINT webhook_delivery_once UNIQUE (subscription_id, event_row),
  CONSTRAINT webhook_delivery_subscription_fk FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id),
  CONSTRAINT webhook_delivery_event_fk FOREIGN KEY (event_row) REFERENCES order_event (id),
  CONSTRAINT webhook_delivery_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
  INDEX webhook_delivery_due (status, next_attempt_at),
  INDEX webhook_delivery_claim (claim)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
