-- Accounts can be disabled and can be told to choose a new password (after a one-time password); rows carry a
-- version so two administrators cannot silently undo each other's change.
alter table app_user add column enabled boolean default true not null;
alter table app_user add column must_change_password boolean default false not null;
alter table app_user add column version bigint default 0 not null;

-- Usernames are compared case-insensitively from now on; storing them in lower case lets the unique constraint
-- enforce that.
update app_user set username = lower(username);

alter table seminar_group add column version bigint default 0 not null;

create index group_member_user on group_member (user_id);
