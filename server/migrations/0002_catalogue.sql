-- The catalogue as the source documents give it (004 §2, §14.1; 002 §3).
-- Names and descriptions live in locales/: every visible word is translated.
-- Shared by both backends: this SQL is the same on SQLite and PostgreSQL.

INSERT INTO kundval (code, valid_from, valid_to, sort_order) VALUES
    ('FAI', '2024-01-01', NULL, 1),
    ('AMI', '2024-01-01', NULL, 2),
    ('ISA', '2024-01-01', NULL, 3),
    -- Kundval arbetsmarknadsinsatser, phased out by the end of June 2024 (002 §3.1).
    -- The documents do not say when it began; 2016 is a stand-in.
    ('KAA', '2016-01-01', '2024-06-30', 9);

-- Monthly checks are 2024's (004 §14.1); the pre-2024 ones are not given.
INSERT INTO intervention
    (code, kundval_code, level, max_months, monthly_check_sek, valid_from, valid_to, sort_order) VALUES
    ('FAI1', 'FAI', 1, 3, 8160, '2024-01-01', NULL, 1),
    ('FAI2', 'FAI', 2, 6, 8160, '2024-01-01', NULL, 2),
    ('AMI1', 'AMI', 1, 3, 3876, '2024-01-01', NULL, 3),
    ('AMI2', 'AMI', 2, 12, 3876, '2024-01-01', NULL, 4),
    ('ISA1', 'ISA', 1, 9, 6324, '2024-01-01', NULL, 5),
    ('ISA2', 'ISA', 2, 12, 6324, '2024-01-01', NULL, 6),
    ('JPG', 'KAA', NULL, NULL, NULL, '2016-01-01', '2024-06-30', 7),
    ('FJP', 'KAA', NULL, NULL, NULL, '2016-01-01', '2024-06-30', 8),
    ('SAI', 'KAA', NULL, NULL, NULL, '2016-01-01', '2024-06-30', 9);
