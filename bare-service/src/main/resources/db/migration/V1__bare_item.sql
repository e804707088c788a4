create table bare_item (
    id   bigint primary key,
    name varchar(100) not null
);
