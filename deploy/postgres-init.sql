-- Temporal keeps its own databases and role next to Keel's.
CREATE ROLE temporal WITH LOGIN PASSWORD 'temporal' CREATEDB;
CREATE DATABASE temporal OWNER temporal;
CREATE DATABASE temporal_visibility OWNER temporal;
