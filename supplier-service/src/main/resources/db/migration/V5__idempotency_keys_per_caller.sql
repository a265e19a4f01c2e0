-- Idempotency keys belong to the caller (the gateway's key name) and expire: two ERP systems that
-- both send "Idempotency-Key: 1" must not receive each other's answers, and the table must not keep
-- every answer body for ever.
ALTER TABLE idempotency_key ADD COLUMN caller VARCHAR(128) NOT NULL DEFAULT '' FIRST;
ALTER TABLE idempotency_key DROP PRIMARY KEY, ADD PRIMARY KEY (caller, scope, idem_key);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
