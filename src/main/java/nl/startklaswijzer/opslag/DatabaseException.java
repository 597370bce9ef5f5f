package nl.startklaswijzer.opslag;

import java.sql.SQLException;

/** The database could not do what was asked: unreachable, or a statement failed. Answered with 503, never with its SQL. */
public class DatabaseException extends RuntimeException {

    public DatabaseException(SQLException cause) {
        super("De database is niet bereikbaar of weigerde de opdracht (SQLState " + cause.getSQLState() + ").", cause);
    }
}
