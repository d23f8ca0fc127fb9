-- Name-prefix search (LookupsBean.byNamePrefix): the first 20 citizens, in the order last name, first name, id, whose
-- last or first name starts with what the agent typed. Searched as one OR, MariaDB walked the whole
-- (last_name, first_name) index in order until 20 matched: 10-30 s for a late-alphabet prefix on a million citizens.
-- The search now reads two kinds of short ranges, each at most 20 entries long:
--  * last name: ix_citizen_last_first (V4); an InnoDB secondary index ends with the primary key, so it already is
--    (last_name, first_name, id), the wanted order;
--  * first name: for each distinct first name with the prefix, the citizens with exactly that first name (and, for
--    "Ayşe Yıl", a last name with the prefix) in the order (last_name, id): this index. It replaces
--    ix_citizen_first_name (V4), which it starts with.
-- Both use the columns' Turkish collation (V4), so the ranges follow the same i/İ, ı/I rules as before.
CREATE INDEX ix_citizen_first_last ON citizen (first_name, last_name, id);
DROP INDEX ix_citizen_first_name ON citizen;
