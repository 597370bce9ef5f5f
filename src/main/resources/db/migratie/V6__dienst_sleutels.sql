-- Keys the service makes for itself, by purpose. 'regelcache': the key that signs the compiled rules the service
-- keeps in its data folder (engine/cache), so that a file put there by anyone else is never loaded. It is kept here,
-- not beside the files it signs.
CREATE TABLE dienst_sleutel (
    doel   VARCHAR(40)  NOT NULL PRIMARY KEY,
    waarde VARCHAR(100) NOT NULL
);
