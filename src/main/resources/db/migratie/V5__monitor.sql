-- The monitor for policy owners: what the recorded advices and decisions add up to, counted by the database.
-- The child's municipality and complicating factors sit in the recorded case's JSON, which SQL cannot group by on both
-- databases; so each recorded advice also keeps them in a column and a table of their own, written when the advice is
-- recorded. V5_1 (a Java migration, portable to H2 and PostgreSQL) fills them for advices recorded before.
ALTER TABLE dossier_advies ADD COLUMN gemeente VARCHAR(80);
ALTER TABLE dossier_advies ADD COLUMN aantal_factoren INTEGER;

CREATE TABLE dossier_advies_factor (
    advies_id BIGINT      NOT NULL REFERENCES dossier_advies (id) ON DELETE CASCADE,
    factor    VARCHAR(40) NOT NULL,
    PRIMARY KEY (advies_id, factor)
);

-- Why a decision departs from the advice, one of a fixed list; null where it follows the advice or was recorded before.
ALTER TABLE besluit ADD COLUMN afwijkingsreden VARCHAR(40);
-- What the monitor counts a decision by, copied from the advice it follows (which never changes): its outcome, rule set
-- and municipality. Counting decisions then reads the narrow decision table alone, without joining every advice.
ALTER TABLE besluit ADD COLUMN advies_uitkomst VARCHAR(40);
ALTER TABLE besluit ADD COLUMN regelset VARCHAR(100);
ALTER TABLE besluit ADD COLUMN gemeente VARCHAR(80);

-- The placed child's municipality, from the advice the placement follows (as its complicating factors are).
ALTER TABLE plaatsing ADD COLUMN gemeente VARCHAR(80);

-- The monitor reads by period: advices by the day they were recorded, decisions by their date, placements by their start
-- and the day a TLV was requested. The advices' index holds every column the monitor groups them by, so that
-- PostgreSQL counts from the index alone and never reads the wide rows with the case's JSON.
CREATE INDEX dossier_advies_monitor ON dossier_advies (vandaag, uitkomst, gemeente, regelset, aantal_factoren, id, referentie);
CREATE INDEX besluit_datum ON besluit (datum);
-- Erasing an advice (with its dossier) looks up the decisions that follow it.
CREATE INDEX besluit_advies ON besluit (advies_id);
CREATE INDEX plaatsing_startdatum ON plaatsing (startdatum);
CREATE INDEX plaatsing_tlv ON plaatsing (tlv_aangevraagd_op);
