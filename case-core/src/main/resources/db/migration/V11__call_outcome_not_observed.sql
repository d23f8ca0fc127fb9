-- A call that was waiting when the PBX link went down and was gone when it came back was recorded as ABANDONED
-- (ended_while_link_down = 1, no answer). Nobody saw how it ended: it may have been answered. It gets its own outcome,
-- NOT_OBSERVED, which no abandon figure and no callback counts; the times seen before the cut stay as they are.

ALTER TABLE call_record DROP CONSTRAINT ck_call_record_outcome;
ALTER TABLE call_record ADD CONSTRAINT ck_call_record_outcome
    CHECK (outcome IN ('ANSWERED', 'ABANDONED', 'NOT_OBSERVED'));

UPDATE call_record SET outcome = 'NOT_OBSERVED'
 WHERE outcome = 'ABANDONED' AND ended_while_link_down = 1 AND answered_at IS NULL;
