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
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(new Transaction(connection));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
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

        private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
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
