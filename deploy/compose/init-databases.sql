-- One database per service: no service reads another's data.
create database procurement;
create database supplier;
create database contract;
