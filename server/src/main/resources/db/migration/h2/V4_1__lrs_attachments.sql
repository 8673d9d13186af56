-- Attachment payloads, stored once per tenant by their SHA-256 however many statements use them.
CREATE TABLE xapi_attachment
(
  tenant_id    UUID         NOT NULL,
  sha2         VARCHAR(64)  NOT NULL,
  content_type VARCHAR(255) NOT NULL,
  length       BIGINT       NOT NULL,
  content      BLOB         NOT NULL,
  PRIMARY KEY (tenant_id, sha2)
);
