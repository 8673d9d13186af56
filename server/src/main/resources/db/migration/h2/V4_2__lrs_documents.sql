-- The documents of the State, Activity Profile and Agent Profile resources (xAPI Communication 2.2):
-- opaque bytes of any content type. A document is named by its kind, activity, agent, registration
-- and id; doc_key is a hash of all of them (see lrs.document.DocumentAddress), so that one
-- fixed-size, never-null value is the primary key however long the id and whichever parts are
-- absent (NULLs would not collide in a unique constraint). The other key columns serve the list and
-- delete-all requests, and agent_key finds every document about one learner, for erasure.
CREATE TABLE xapi_document
(
  tenant_id    UUID                     NOT NULL,
  doc_key      UUID                     NOT NULL,
  kind         CHAR(1)                  NOT NULL, -- 's' state, 'a' activity profile, 'g' agent profile
  activity_key UUID,                              -- state and activity profile documents
  agent_key    UUID,                              -- state and agent profile documents
  registration UUID,                              -- state documents stored with a registration
  doc_id       VARCHAR(4000)            NOT NULL, -- stateId or profileId
  content_type VARCHAR(255)             NOT NULL,
  content      BLOB                     NOT NULL,
  etag         VARCHAR(40)              NOT NULL, -- SHA-1 of content, hexadecimal
  updated      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, doc_key)
);
CREATE INDEX xapi_document_by_activity ON xapi_document (tenant_id, activity_key, kind, agent_key);
CREATE INDEX xapi_document_by_agent ON xapi_document (tenant_id, agent_key);
