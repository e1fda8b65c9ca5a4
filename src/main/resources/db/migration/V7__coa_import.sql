-- COA import (issue 4, koppeling): every upload of COA klantprofielen is a run, with its progress, so that a large
-- file shows a progress bar and its report can be shown again later. Every record of the file gets an outcome;
-- rejected records keep their Dutch reasons. No BSN and no names here: the line number points into the user's own
-- file and the dossier id to the dossier, whose reads are logged.
CREATE TABLE coa_import_run (
    id                UUID          NOT NULL PRIMARY KEY,
    municipality_code VARCHAR(4)    NOT NULL REFERENCES municipality (code),
    started_by        VARCHAR(50)   NOT NULL REFERENCES app_user (username),
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at       TIMESTAMP WITH TIME ZONE,
    file_name         VARCHAR(255)  NOT NULL,
    file_format       VARCHAR(10)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    rows_total        INT           NOT NULL,
    rows_done         INT           NOT NULL,
    imported          INT           NOT NULL,
    already_present   INT           NOT NULL,
    rejected          INT           NOT NULL,
    failure           VARCHAR(1000)
);
CREATE INDEX ix_import_run_municipality ON coa_import_run (municipality_code, started_at);

-- One row per record of the file, written in the same transaction as the record's dossier (or its refusal).
CREATE TABLE coa_import_line (
    run_id        UUID         NOT NULL REFERENCES coa_import_run (id),
    record_number INT          NOT NULL,
    line_number   INT          NOT NULL,
    outcome       VARCHAR(20)  NOT NULL,
    dossier_id    UUID         REFERENCES dossier (id),
    PRIMARY KEY (run_id, record_number)
);

-- Why a record was rejected (or, for an already imported one, where it was seen), one reason per row, in order.
CREATE TABLE coa_import_reason (
    run_id        UUID          NOT NULL,
    record_number INT           NOT NULL,
    seq           INT           NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (run_id, record_number, seq),
    CONSTRAINT fk_import_reason_line FOREIGN KEY (run_id, record_number)
        REFERENCES coa_import_line (run_id, record_number)
);

-- Warme overdracht (klantreis step 2): planned with COA, consultant and interpreter in the AZC, then recorded.
-- One per dossier; planning again changes the plan (version for optimistic locking), recording it as held is final.
CREATE TABLE warm_handover (
    dossier_id            UUID          NOT NULL PRIMARY KEY REFERENCES dossier (id),
    planned_on            DATE,
    planned_location      VARCHAR(200),
    participants          VARCHAR(200)  NOT NULL,
    other_participants    VARCHAR(500),
    interpreter_language  VARCHAR(2),
    conversation_language VARCHAR(2),
    held_on               DATE,
    summary               VARCHAR(4000),
    agreements            VARCHAR(2000),
    version               BIGINT        NOT NULL,
    updated_by            VARCHAR(50)   NOT NULL REFERENCES app_user (username),
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
