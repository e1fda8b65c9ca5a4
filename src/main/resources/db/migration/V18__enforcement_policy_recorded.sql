-- Who recorded a version of a municipality's fine policy, and when: versions are now added on the Boetebeleid page
-- by a policy officer or team lead. The versions V13 seeded were recorded at installation and keep these empty.
ALTER TABLE enforcement_policy ADD COLUMN recorded_by VARCHAR(50);
ALTER TABLE enforcement_policy ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;
