-- Attached files and personnel documents are PDFs, JPEG and PNG images and Word packages: formats that are already
-- compressed. PostgreSQL would try to compress each one again before storing it out of line, spending CPU on every
-- upload for nothing; store them out of line as they are.
ALTER TABLE feedback_attachments ALTER COLUMN content SET STORAGE EXTERNAL;
ALTER TABLE personnel_documents ALTER COLUMN content SET STORAGE EXTERNAL;
