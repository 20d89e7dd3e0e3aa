-- Several application nodes on one database (the postgres profile). Portable SQL: H2 gets the same schema.

-- Who has which case open, one row per open reading view, so that every node shows the readers of all nodes.
-- The node holding the view renews seen_at every few seconds; a row not renewed for a minute belongs to a node
-- that went away and no longer counts (a cluster-wide cleanup deletes it).
create table presence_visit (
    view_key     varchar(64)  not null primary key,
    case_id      bigint       not null references case_study (id) on delete cascade,
    username     varchar(64)  not null,
    display_name varchar(128) not null,
    section      varchar(300) not null,
    node         varchar(64)  not null,
    seen_at      timestamp(6) with time zone not null
);

create index presence_visit_case on presence_visit (case_id);
create index presence_visit_node on presence_visit (node);

-- Background work that runs once per cluster (base.ClusterLock): the node that moves locked_until forward runs it.
create table cluster_lock (
    name         varchar(64) not null primary key,
    locked_until timestamp(6) with time zone not null,
    locked_by    varchar(64) not null
);
