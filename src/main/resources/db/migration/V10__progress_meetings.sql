-- Voortgangsgesprekken planned per the municipality's cadence, recorded per life domain, missed ones visible.

-- The cadence is municipal policy (seed 003: about eight over the term, more often at the start), versioned with
-- the policy: periods counted in months from the dagtekening of the first PIP, each with its interval. The last
-- period (until_month NULL) runs to the end of the term, also an extended one.
CREATE TABLE municipal_policy_cadence (
    policy_id    BIGINT NOT NULL REFERENCES municipal_policy (id),
    phase_no     INT    NOT NULL,
    until_month  INT,
    every_months INT    NOT NULL,
    PRIMARY KEY (policy_id, phase_no)
);

-- Seed 003 (Wassenaar, Voorschoten, Leidschendam-Voorburg): "gemiddeld acht voortgangsgesprekken; in het begin
-- zal de frequentie hoger liggen": the first year every 3 months, then every 6 months = 8 in three years.
-- Seeds 000 (Overbetuwe), 001 (Zevenaar) and 002 (Oude IJsselstreek) give no figure; they keep the eight their
-- first version already had, with the same denser start. An administrator can record their own version.
INSERT INTO municipal_policy_cadence (policy_id, phase_no, until_month, every_months)
SELECT id, 1, 12, 3 FROM municipal_policy
WHERE municipality_code IN ('0629', '0626', '1916', '1734', '0299', '1509') AND valid_from = DATE '2022-01-01';
INSERT INTO municipal_policy_cadence (policy_id, phase_no, until_month, every_months)
SELECT id, 2, NULL, 6 FROM municipal_policy
WHERE municipality_code IN ('0629', '0626', '1916', '1734', '0299', '1509') AND valid_from = DATE '2022-01-01';

-- Seed 004 (Ouder-Amstel): "vanaf dag één intensief", "veel persoonlijke contactmomenten": every month in the
-- first half year, then every 3 months = 16 in three years.
INSERT INTO municipal_policy_cadence (policy_id, phase_no, until_month, every_months)
SELECT id, 1, 6, 1 FROM municipal_policy WHERE municipality_code = '0437' AND valid_from = DATE '2022-01-01';
INSERT INTO municipal_policy_cadence (policy_id, phase_no, until_month, every_months)
SELECT id, 2, NULL, 3 FROM municipal_policy WHERE municipality_code = '0437' AND valid_from = DATE '2022-01-01';
UPDATE municipal_policy SET planned_progress_meetings = 16 WHERE municipality_code = '0437' AND valid_from = DATE '2022-01-01';

-- Any other version (recorded by an administrator before this migration): the even spacing its number of meetings
-- was applied with until now, in whole months; its number of meetings then follows from that interval.
INSERT INTO municipal_policy_cadence (policy_id, phase_no, until_month, every_months)
SELECT p.id, 1, NULL, GREATEST(1, LEAST(12, CAST(ROUND(36.0 / GREATEST(1, p.planned_progress_meetings)) AS INT)))
FROM municipal_policy p
WHERE NOT EXISTS (SELECT 1 FROM municipal_policy_cadence c WHERE c.policy_id = p.id);
UPDATE municipal_policy SET planned_progress_meetings =
    (SELECT 36 / c.every_months FROM municipal_policy_cadence c
     WHERE c.policy_id = municipal_policy.id AND c.phase_no = 1 AND c.until_month IS NULL)
WHERE id IN (SELECT policy_id FROM municipal_policy_cadence WHERE phase_no = 1 AND until_month IS NULL);

-- progress_meeting (V4) now belongs to the progress module and records every planned meeting's outcome:
-- HELD, or MISSED with its reason. held_on is the date of the meeting: when it was held, or the date it was
-- planned for and did not take place. slot_no is the meeting's number in the dossier's schedule; rows from
-- before this migration (and generated demo rows) have none and are matched to the nearest planned meeting.
ALTER TABLE progress_meeting ADD COLUMN slot_no INT;
-- The dossier's municipality (it never changes), so that a team lead's list of missed meetings reads this table only.
ALTER TABLE progress_meeting ADD COLUMN municipality_code VARCHAR(4);
UPDATE progress_meeting SET municipality_code =
    (SELECT d.municipality_code FROM dossier d WHERE d.id = progress_meeting.dossier_id);
ALTER TABLE progress_meeting ALTER COLUMN municipality_code SET NOT NULL;
ALTER TABLE progress_meeting ADD COLUMN outcome VARCHAR(10) DEFAULT 'HELD' NOT NULL;
ALTER TABLE progress_meeting ADD COLUMN missed_reason VARCHAR(30);
ALTER TABLE progress_meeting ADD COLUMN valid_reason BOOLEAN;
ALTER TABLE progress_meeting ADD COLUMN explanation VARCHAR(1000);
-- "Niet verschenen zonder geldige reden": a possible breach of the PIP obligations, kept for the enforcement
-- decision (a person decides, never automatically; rules.md "Enforcement").
ALTER TABLE progress_meeting ADD COLUMN possible_breach BOOLEAN DEFAULT FALSE NOT NULL;
-- Set when the meeting gives reason to revise the PIP ("aanleiding voor PIP-herziening").
ALTER TABLE progress_meeting ADD COLUMN plan_revision_reason VARCHAR(1000);
ALTER TABLE progress_meeting ALTER COLUMN summary DROP NOT NULL;
ALTER TABLE progress_meeting ADD CONSTRAINT uq_meeting_slot UNIQUE (dossier_id, slot_no);

-- What was discussed and agreed per life domain (seed 004 bijlage 3-4). The HEALTH domain is a special category
-- of personal data (AVG art. 9): shown only to the dossier's own consultant and team leads, never in the timeline.
CREATE TABLE progress_meeting_domain (
    meeting_id BIGINT        NOT NULL REFERENCES progress_meeting (id),
    domain     VARCHAR(30)   NOT NULL,
    discussed  VARCHAR(2000),
    agreements VARCHAR(2000),
    PRIMARY KEY (meeting_id, domain)
);

-- A planned meeting moved to a date agreed with the newcomer (the schedule itself follows from the policy).
CREATE TABLE progress_appointment (
    dossier_id  UUID         NOT NULL REFERENCES dossier (id),
    slot_no     INT          NOT NULL,
    planned_on  DATE         NOT NULL,
    note        VARCHAR(500),
    recorded_by VARCHAR(50)  NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (dossier_id, slot_no)
);

-- The team lead's list of missed meetings per municipality reads by outcome and date.
CREATE INDEX ix_meeting_outcome ON progress_meeting (municipality_code, outcome, held_on);
