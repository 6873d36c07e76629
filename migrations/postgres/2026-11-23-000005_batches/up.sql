-- One row per bulk operation (re-invite, CSV import, bulk edit/delete, move):
-- who ran it, where, on which file, how far it got, and its counts. The
-- counts are kept on the row so the Batch Operation Reports list never has
-- to count items. A batch goes with the org it ran in.
CREATE TABLE batches (
    id BIGSERIAL PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    operation TEXT NOT NULL,
    actor_id BIGINT REFERENCES administrators(id) ON DELETE SET NULL,
    actor_name TEXT NOT NULL,
    file_name TEXT,
    state TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'done', 'failed')),
    total BIGINT NOT NULL DEFAULT 0,
    succeeded BIGINT NOT NULL DEFAULT 0,
    skipped BIGINT NOT NULL DEFAULT 0,
    failed BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP
);
CREATE INDEX batches_org ON batches(org_id, id);

-- One result per input row or target, in input order. `input` keeps the
-- row as it was given (a JSON array of [column, value] pairs, for CSV
-- imports) so the report can repeat it next to the result.
CREATE TABLE batch_items (
    batch_id BIGINT NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    target TEXT NOT NULL,
    identifier TEXT NOT NULL,
    input TEXT,
    outcome TEXT NOT NULL CHECK (outcome IN ('succeeded', 'skipped', 'failed')),
    result TEXT NOT NULL,
    message TEXT NOT NULL,
    PRIMARY KEY (batch_id, position)
);
