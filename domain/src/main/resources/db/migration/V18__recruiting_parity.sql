-- Recruiting parity with the original product (docs/recruiting-parity.md): salaries are 64-bit, and a skill list
-- that was never set is NULL (the original answers null), while an empty list stays [].
ALTER TABLE jobs ALTER COLUMN salary_min TYPE BIGINT, ALTER COLUMN salary_max TYPE BIGINT;
ALTER TABLE jobs ALTER COLUMN required_skills DROP NOT NULL, ALTER COLUMN required_skills DROP DEFAULT;
ALTER TABLE jobs ALTER COLUMN nice_to_have_skills DROP NOT NULL, ALTER COLUMN nice_to_have_skills DROP DEFAULT;
