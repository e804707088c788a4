-- Advanced by every committed change (uk.collabproc.common.cache.ReadGeneration): cached aggregate reads are valid
-- only for the generation they were computed at. One row, so every replica sees the same number.
create table read_generation (
    id integer primary key check (id = 1),
    generation bigint not null
);
insert into read_generation (id, generation) values (1, 0);
