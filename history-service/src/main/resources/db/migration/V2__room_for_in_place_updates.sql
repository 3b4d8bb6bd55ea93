-- A task row is rewritten by every progress event. Free room in each page lets PostgreSQL update it
-- in place (a HOT update) when no indexed column changes, instead of writing every index again.
alter table tasks set (fillfactor = 70);
alter table imports set (fillfactor = 70);
