-- Deleting an annotation looks up the annotations that respond to it (to clear and record their links), and the
-- foreign key's own "on delete set null" does the same: without an index each deletion reads the whole table on
-- PostgreSQL, which does not index foreign keys by itself.
create index annotation_responds_to on annotation (responds_to_id);
