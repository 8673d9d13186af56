-- Responses that carry secrets (API secrets, activation links) are marked Cache-Control: no-store
-- and are not kept for replay: only the fact that the request completed is.
ALTER TABLE idempotency_record ADD COLUMN withheld BOOLEAN DEFAULT FALSE NOT NULL;
