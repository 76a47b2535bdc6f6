-- Demo registry of the "insurance" realm: the insurer's customer database as it was before
-- Keycloak (legacy password hashes of three kinds, a second table for bank cards).
-- Portable SQL (H2 2.x and PostgreSQL). run.sh and the integration tests load it into an H2
-- file database; on PostgreSQL add the LOWER() indexes of README "Registry user storage".
-- Passwords: luc.lambert "Assurance 2026!" (PBKDF2-SHA256, Django format),
--            els.wouters "Verzekering-2026" (bcrypt $2y$), dieter.schmitz "Vertrag Eupen 9"
--            (PBKDF2-SHA256, passlib format), nadia.benali "Assurance 2026!" (disabled).

CREATE TABLE IF NOT EXISTS customer (
    customer_id   INTEGER      PRIMARY KEY,
    login         VARCHAR(100) NOT NULL UNIQUE,
    email         VARCHAR(254),
    given_name    VARCHAR(100),
    family_name   VARCHAR(100),
    niss          CHAR(11)     UNIQUE,
    mobile        VARCHAR(20),
    language      CHAR(2),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    password_hash VARCHAR(200),
    updated_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS customer_email ON customer (email);
CREATE INDEX IF NOT EXISTS customer_mobile ON customer (mobile);
CREATE INDEX IF NOT EXISTS customer_updated ON customer (updated_at);

CREATE TABLE IF NOT EXISTS customer_card (
    card_number   CHAR(17)     PRIMARY KEY,
    customer_id   INTEGER      NOT NULL REFERENCES customer (customer_id)
);
CREATE INDEX IF NOT EXISTS customer_card_owner ON customer_card (customer_id);

DELETE FROM customer_card;
DELETE FROM customer;

INSERT INTO customer (customer_id, login, email, given_name, family_name, niss, mobile, language, active, password_hash) VALUES
 (1001, 'luc.lambert@insurance.example', 'luc.lambert@insurance.example', 'Luc', 'Lambert', '85073003328', '+32470112233', 'fr', TRUE,
  'pbkdf2_sha256$600000$demoSaltInsure26$1zLwGSclPTblsjZBo+yZZzXyssHni4piZ/afv5xaW4I='),
 (1002, 'els.wouters@insurance.example', 'els.wouters@insurance.example', 'Els', 'Wouters', '90021416261', '+32475445566', 'nl', TRUE,
  '$2y$10$ZGtyZWdpc3RyeWRlbW8xMupQvdOUeauX3mxz.09WRctkF89FKfH8G'),
 (1003, 'dieter.schmitz@insurance.example', 'dieter.schmitz@insurance.example', 'Dieter', 'Schmitz', '78052128579', '+32478778899', 'de', TRUE,
  '$pbkdf2-sha256$29000$a3Vyei1zYWx6LTIwMjY$vB3hQeDJOa1V9FV02kNU83dUDLYbmWFnURg1Ob26JC4'),
 (1004, 'nadia.benali@insurance.example', 'nadia.benali@insurance.example', 'Nadia', 'Benali', '01031204653', '+32491001122', 'fr', FALSE,
  '$2b$10$ZGtyZWdpc3RyeWRlbW8xMuTdW/RAS9sSa3AG55eYPC1tZ9V//iqym');

INSERT INTO customer_card (card_number, customer_id) VALUES
 ('67031234000012341', 1001),
 ('67039876500024689', 1001),
 ('67035555012345675', 1002);
