-- identity: tenants, users, memberships, tokens and API credentials.
-- Written in SQL that H2 and PostgreSQL both run unchanged.

CREATE TABLE tenant
(
  id         UUID PRIMARY KEY,
  slug       VARCHAR(63)  NOT NULL UNIQUE,
  name       VARCHAR(200) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One account per e-mail address across the installation, so that signing in needs no tenant.
CREATE TABLE app_user
(
  id               UUID PRIMARY KEY,
  tenant_id        UUID         NOT NULL REFERENCES tenant (id),
  email            VARCHAR(320) NOT NULL,
  email_normalized VARCHAR(320) NOT NULL UNIQUE,
  display_name     VARCHAR(200) NOT NULL,
  locale           VARCHAR(35)  NOT NULL,
  time_zone        VARCHAR(64)  NOT NULL,
  password_hash    VARCHAR(200),
  tenant_admin     BOOLEAN      NOT NULL,
  status           VARCHAR(20)  NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX app_user_by_tenant ON app_user (tenant_id, id);

-- Invited users set their first password with a one-time token; only its SHA-256 is stored.
CREATE TABLE activation_token
(
  token_hash VARCHAR(64) PRIMARY KEY,
  user_id    UUID NOT NULL REFERENCES app_user (id),
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE refresh_token
(
  token_hash VARCHAR(64) PRIMARY KEY,
  user_id    UUID NOT NULL REFERENCES app_user (id),
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at    TIMESTAMP WITH TIME ZONE
);

-- A course's id belongs to the catalog module; identity keeps it as a plain value (no foreign key
-- across module boundaries).
CREATE TABLE course_membership
(
  tenant_id  UUID        NOT NULL REFERENCES tenant (id),
  course_id  UUID        NOT NULL,
  user_id    UUID        NOT NULL REFERENCES app_user (id),
  role       VARCHAR(20) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (course_id, user_id)
);
CREATE INDEX course_membership_by_user ON course_membership (user_id);

CREATE TABLE api_credential
(
  id          UUID PRIMARY KEY,
  tenant_id   UUID         NOT NULL REFERENCES tenant (id),
  label       VARCHAR(200) NOT NULL,
  api_key     VARCHAR(64)  NOT NULL UNIQUE,
  secret_hash VARCHAR(64)  NOT NULL,
  scopes      VARCHAR(500) NOT NULL,
  created_by  UUID         NOT NULL REFERENCES app_user (id),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_credential_by_tenant ON api_credential (tenant_id, id);

-- Responses to POSTs that carried an Idempotency-Key, replayed when the same key comes again.
CREATE TABLE idempotency_record
(
  principal      VARCHAR(100)  NOT NULL,
  idem_key       VARCHAR(255)  NOT NULL,
  request_hash   VARCHAR(64)   NOT NULL,
  status_code    INT,
  content_type   VARCHAR(200),
  location       VARCHAR(2000),
  response_body  VARCHAR(1000000),
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (principal, idem_key)
);
CREATE INDEX idempotency_record_by_created ON idempotency_record (created_at);
