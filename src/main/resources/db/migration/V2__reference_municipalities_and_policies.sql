-- The municipalities whose policy plans Regie is built from (shared/seeds), with their CBS codes,
-- and a first policy version each. Later versions are added by functional administrators.
INSERT INTO municipality (code, name) VALUES
    ('0629', 'Wassenaar'),
    ('0626', 'Voorschoten'),
    ('1916', 'Leidschendam-Voorburg'),
    ('1734', 'Overbetuwe'),
    ('0299', 'Zevenaar'),
    ('1509', 'Oude IJsselstreek'),
    ('0437', 'Ouder-Amstel');

-- Seed 003 (Wassenaar c.s.): about eight progress meetings, denser at the start; six months ontzorgen.
-- Seed 001 (Zevenaar): PIP within six weeks of housing, stricter than the statutory ten weeks.
INSERT INTO municipal_policy (municipality_code, valid_from, pip_deadline_weeks, pip_deadline_start,
                              planned_progress_meetings, financial_relief_months, reason, recorded_by, recorded_at)
VALUES
    ('0629', DATE '2022-01-01', NULL, NULL, 8, 6, 'Beleidsplan Wet inburgering 2021 (seed 003)', 'migratie', TIMESTAMP WITH TIME ZONE '2022-01-01 00:00:00+00'),
    ('0626', DATE '2022-01-01', NULL, NULL, 8, 6, 'Beleidsplan Wet inburgering 2021 (seed 003)', 'migratie', TIMESTAMP WITH TIME ZONE '2022-01-01 00:00:00+00'),
    ('1916', DATE '2022-01-01', NULL, NULL, 8, 6, 'Beleidsplan Wet inburgering 2021 (seed 003)', 'migratie', TIMESTAMP WITH TIME ZONE '2022-01-01 00:00:00+00'),
    ('1734', DATE '2022-01-01', NULL, NULL, 8, 6, 'Beleidsplan Wet inburgering 2021 (seed 000)', 'migratie', TIMESTAMP WITH TIME ZONE '2022-01-01 00:00:00+00'),
    ('0299', DATE '2022-01-01', 6, 'HOUSING', 8, 6, 'PIP binnen zes weken na huisvesting (seed 001)', 'migratie', TIMESTAMP WITH TIME ZONE '2022-01-01 00:00:00+00'),
    ('1509', DATE '2022-01-01', NULL, NULL, 8, 6, 'Beleidsplan Wet inburgering 2021 (seed 002)', 'migratie', TIMESTAMP WITH TIME ZONE '2022-01-01 00:00:00+00'),
    ('0437', DATE '2022-01-01', NULL, NULL, 8, 6, 'Beleidsplan Wet inburgering 2021 (seed 004)', 'migratie', TIMESTAMP WITH TIME ZONE '2022-01-01 00:00:00+00');
