-- The fan-out's outbox moves out of the alert row into a table of its own: one row per alert whose latest
-- revision the fan-out has not confirmed, deleted on confirmation.
--
-- On the alert row it was a partial index over "published_revision < revision". A column in an index predicate
-- makes every update of that column a non-HOT update, so each repeat's count and each confirmation wrote a new
-- tuple and a new entry into every index of the alert table. Now a repeat, a withdrawal or a confirmation
-- changes no indexed column of the alert and can be a heap-only update; the outbox itself stays small.
CREATE TABLE alert_outbox (
    alert_id   bigint      PRIMARY KEY,
    -- the latest revision waiting for the fan-out's confirmation
    revision   integer     NOT NULL,
    changed_at timestamptz NOT NULL
);

INSERT INTO alert_outbox (alert_id, revision, changed_at)
SELECT id, revision, updated_at FROM alert WHERE published_revision < revision;

DROP INDEX alert_unpublished_idx;
ALTER TABLE alert DROP COLUMN published_revision;

-- Room on each page for the updated version of its rows (repeats, state changes), so they stay heap-only.
ALTER TABLE alert SET (fillfactor = 80);
