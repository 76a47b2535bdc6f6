-- Runs once, when the postgres volume is created: the insurance demo registry in its own
-- database "registry" (user-storage/demo/insurance-registry.sql, mounted at /registry).
CREATE DATABASE registry OWNER keycloak;
\c registry
SET ROLE keycloak;
\i /registry/insurance-registry.sql
