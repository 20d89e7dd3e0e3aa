-- Imported cases start as drafts, seen only by instructors, researchers and administrators until published.
-- Cases that exist already were readable by everyone: they stay so.
alter table case_study add column status varchar(16) default 'PUBLISHED' not null;
alter table case_study add constraint case_study_status check (status in ('DRAFT', 'PUBLISHED'));
-- Who imported the case; none for the bundled case. An account that is deleted leaves its cases behind.
alter table case_study add column created_by bigint references app_user (id) on delete set null;
