-- Gold coding: the case's reference coding, written by instructors. Gold spans are ordinary annotation rows marked
-- by their layer, so they share validation, optimistic locking and the assessment; every coder view filters on
-- layer = 'CODER'. accepted_from_id names the coder annotation a gold span was copied from, if any.
alter table annotation add column layer varchar(8) default 'CODER' not null;
alter table annotation add constraint annotation_layer check (layer in ('CODER', 'GOLD'));
alter table annotation add column accepted_from_id bigint;
alter table annotation add constraint annotation_accepted_from foreign key (accepted_from_id)
    references annotation (id) on delete set null;

create index annotation_case_layer on annotation (case_id, layer);

-- Whether students may see a case's gold coding: a row while it is released.
create table gold_release (
    case_id        bigint not null primary key references case_study (id) on delete cascade,
    released_at    timestamp(6) with time zone not null,
    released_by_id bigint references app_user (id) on delete set null
);
