-- The words an administrator typed for each choice of a custom field ("Toàn thời gian"), shown instead of the code
-- the registry keeps (TOAN_THOI_GIAN): a JSON object from code to text.
ALTER TABLE personnel_custom_fields ADD COLUMN option_labels JSONB NOT NULL DEFAULT '{}';
