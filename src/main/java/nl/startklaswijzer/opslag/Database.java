package nl.startklaswijzer.opslag;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one database the service uses: the embedded H2 file by default, PostgreSQL when configured. Both datasources
 * are built into the one package; configuration switches one on (see application.properties), and this class hands
 * out connections of the active one. Plain JDBC: the few tables are simple, and JPA would bind each entity to one
 * persistence unit at build time.
 */
@ApplicationScoped
public class Database {

    private final AgroalDataSource dataSource;

    public Database(@DataSource("h2") Instance<AgroalDataSource> h2,
                    @DataSource("postgresql") Instance<AgroalDataSource> postgresql,
                    @ConfigProperty(name = "quarkus.datasource.postgresql.active", defaultValue = "false") boolean postgresqlActive) {
        this.dataSource = postgresqlActive ? postgresql.get() : h2.get();
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Work that needs one connection for several statements, as one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Transaction tx) throws SQLException;
    }

    public <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        return transaction(tx -> tx.query(sql, row, parameters));
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... parameters) {
        return query(sql, row, parameters).stream().findFirst();
    }

    public int update(String sql, Object... parameters) {
        return transaction(tx -> tx.update(sql, parameters));
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(Work<T> work) {
        return run(work, false);
    }

    /**
     * Runs reading work in one read-only transaction that sees the database as it was at one moment (repeatable
     * read), so that counts taken by several queries add up to each other.
     */
    public <T> T snapshot(Work<T> work) {
        return run(work, true);
    }

    private <T> T run(Work<T> work, boolean snapshot) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (snapshot) {
                connection.setReadOnly(true);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            try {
                T result = work.run(new Transaction(connection));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                if (snapshot) {
                    // The pool hands this connection out again: as every other transaction expects it.
                    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    connection.setReadOnly(false);
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /** The statements of one transaction. */
    public static final class Transaction {

        private final Connection connection;

        private Transaction(Connection connection) {
            this.connection = connection;
        }

        public <T> List<T> query(String sql, Row<T> row, Object... parameters) throws SQLException {
            try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(row.read(rows));
                }
                return result;
            }
        }

        public <T> Optional<T> one(String sql, Row<T> row, Object... parameters) throws SQLException {
            return query(sql, row, parameters).stream().findFirst();
        }

        public int update(String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = prepare(sql, parameters)) {
                return statement.executeUpdate();
            }
        }

        /** Inserts one row into a table whose key is the generated column "id", and returns that key. */
        public long insert(String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = bound(connection.prepareStatement(sql, new String[] {"id"}), parameters)) {
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }

        private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
            return bound(connection.prepareStatement(sql), parameters);
        }

        private static PreparedStatement bound(PreparedStatement statement, Object... parameters) throws SQLException {
            for (int i = 0; i < parameters.length; i++) {
                bind(statement, i + 1, parameters[i]);
            }
            return statement;
        }

        private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
            } else if (value instanceof Enum<?> code) {
                statement.setString(index, code.name());
            } else {
                statement.setObject(index, value);
            }
        }
    }

    /** A timestamp column as an instant; null stays null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }
}
