package nl.startklaswijzer.monitor;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.domein.Arrangement;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Uitkomst;
import nl.startklaswijzer.dossier.Afwijkingsreden;
import nl.startklaswijzer.dossier.Groep;
import nl.startklaswijzer.opslag.Database;

/**
 * The monitor's queries: every figure is counted by the database (GROUP BY over the indexed columns of V5), in one
 * read-only transaction that sees one moment, so that the counts of different queries add up. None of them reads a
 * reference, a case or a motivation.
 */
@ApplicationScoped
public class MonitorLezer {

    /** The return to the moederschool is measured within this many months of the start (the maximum stay). */
    static final int TERMIJN_MAANDEN = 12;
    /** The first of the month: the cheapest way to group dates by month on both databases (as a timestamp, no time zone). */
    private static final String PER_MAAND = "CAST(DATE_TRUNC('MONTH', CAST(%1$s AS TIMESTAMP)) AS DATE)";
    private static final String MAAND = PER_MAAND + " AS maand";
    private static final String FACTOREN = "CASE WHEN a.aantal_factoren >= 2 THEN 2 ELSE COALESCE(a.aantal_factoren, 0) END";
    private static final String TERUG_BINNEN_TERMIJN = "q.teruggeplaatst_op IS NOT NULL AND q.teruggeplaatst_op <= q.grens "
            + "AND (q.beeindigd_op IS NULL OR q.teruggeplaatst_op <= q.beeindigd_op)";
    private static final String EERDER_BEEINDIGD = "q.beeindigd_op IS NOT NULL AND q.beeindigd_op < q.grens";

    private final Database database;

    public MonitorLezer(Database database) {
        this.database = database;
    }

    /** The rule sets and municipalities that recorded advices name, for the page's filters. */
    public record Keuzes(List<String> regelsets, List<String> gemeenten) {
    }

    public Keuzes keuzes() {
        return database.snapshot(tx -> new Keuzes(
                tx.query("SELECT DISTINCT regelset FROM dossier_advies ORDER BY regelset", row -> row.getString(1)),
                tx.query("SELECT DISTINCT gemeente FROM dossier_advies WHERE gemeente IS NOT NULL ORDER BY gemeente",
                        row -> row.getString(1))));
    }

    MonitorGegevens lees(MonitorFilter filter, LocalDate vandaag) {
        return database.snapshot(tx -> {
            Voorwaarde adviezen = Voorwaarde.periode("a.vandaag", filter.van(), filter.tot()).filter(filter, "a");
            Voorwaarde besluiten = Voorwaarde.periode("b.datum", filter.van(), filter.tot()).filter(filter, "b");
            Voorwaarde gestart = Voorwaarde.periode("p.startdatum", filter.van(), filter.tot()).filter(filter, "p");
            Voorwaarde tlv = Voorwaarde.periode("p.tlv_aangevraagd_op", filter.van(), filter.tot()).filter(filter, "p");
            return new MonitorGegevens(
                    tx.query("SELECT " + MAAND.formatted("a.vandaag") + ", a.gemeente, a.uitkomst, " + FACTOREN + " AS factoren, "
                                    + "COUNT(*) AS aantal FROM dossier_advies a WHERE " + adviezen.sql() + " GROUP BY "
                                    + PER_MAAND.formatted("a.vandaag") + ", a.gemeente, a.uitkomst, " + FACTOREN,
                            row -> new MonitorGegevens.Adviezen(maand(row), gemeente(row), Uitkomst.valueOf(row.getString("uitkomst")),
                                    row.getInt("factoren"), row.getLong("aantal")), adviezen.waarden()),
                    tx.one("SELECT COUNT(*) FROM (SELECT a.referentie FROM dossier_advies a WHERE " + adviezen.sql()
                            + " GROUP BY a.referentie) k", row -> row.getLong(1), adviezen.waarden()).orElse(0L),
                    factoren(tx, adviezen),
                    tx.query("SELECT " + MAAND.formatted("b.datum") + ", b.gemeente, b.advies_uitkomst, b.arrangement, b.wijkt_af, "
                                    + "b.afwijkingsreden, COUNT(*) AS aantal FROM besluit b WHERE " + besluiten.sql() + " GROUP BY "
                                    + PER_MAAND.formatted("b.datum") + ", b.gemeente, b.advies_uitkomst, b.arrangement, b.wijkt_af, "
                                    + "b.afwijkingsreden",
                            MonitorLezer::besluiten, besluiten.waarden()),
                    gestart(tx, gestart),
                    afgerond(tx, filter, vandaag),
                    tx.query("SELECT " + MAAND.formatted("p.tlv_aangevraagd_op") + ", p.gemeente, COUNT(*) AS aantal FROM plaatsing p "
                                    + "WHERE " + tlv.sql() + " GROUP BY " + PER_MAAND.formatted("p.tlv_aangevraagd_op") + ", p.gemeente",
                            row -> new MonitorGegevens.Tlv(maand(row), gemeente(row), row.getLong("aantal")), tlv.waarden()),
                    tx.query("SELECT naam, plaats, capaciteit FROM groep ORDER BY naam",
                            row -> new Groep(row.getString("naam"), row.getString("plaats"), row.getInt("capaciteit"))),
                    bezetting(tx, filter));
        });
    }

    private static Map<ComplicerendeFactor, Long> factoren(Database.Transaction tx, Voorwaarde adviezen) throws SQLException {
        Map<ComplicerendeFactor, Long> factoren = new EnumMap<>(ComplicerendeFactor.class);
        tx.query("SELECT f.factor, COUNT(*) AS aantal FROM dossier_advies a JOIN dossier_advies_factor f ON f.advies_id = a.id "
                        + "WHERE " + adviezen.sql() + " GROUP BY f.factor",
                row -> Map.entry(ComplicerendeFactor.valueOf(row.getString("factor")), row.getLong("aantal")), adviezen.waarden())
                .forEach(e -> factoren.put(e.getKey(), e.getValue()));
        return factoren;
    }

    private static Map<String, Long> gestart(Database.Transaction tx, Voorwaarde gestart) throws SQLException {
        Map<String, Long> perGemeente = new LinkedHashMap<>();
        tx.query("SELECT p.gemeente, COUNT(*) AS aantal FROM plaatsing p WHERE " + gestart.sql() + " GROUP BY p.gemeente",
                row -> Map.entry(gemeente(row), row.getLong("aantal")), gestart.waarden())
                .forEach(e -> perGemeente.put(e.getKey(), e.getValue()));
        return perGemeente;
    }

    /**
     * Placements that came to an end in the period (and by today): on the day of the return, of an earlier end, or
     * 12 months after the start, whichever came first. Only placements started up to 12 months before the period
     * can end in it, which keeps the scan to the index on the start date.
     */
    private static List<MonitorGegevens.Afgerond> afgerond(Database.Transaction tx, MonitorFilter filter, LocalDate vandaag)
            throws SQLException {
        Voorwaarde start = Voorwaarde.periode("p.startdatum", filter.van().minusMonths(TERMIJN_MAANDEN), filter.tot())
                .filter(filter, "p");
        LocalDate tot = filter.tot().isAfter(vandaag) ? vandaag : filter.tot();
        List<Object> parameters = new ArrayList<>(start.parameters());
        parameters.add(filter.van());
        parameters.add(tot);
        return tx.query("SELECT " + MAAND.formatted("t.afgerond") + ", t.gemeente, t.afloop, COUNT(*) AS aantal FROM ("
                        + "SELECT q.gemeente, CASE WHEN " + TERUG_BINNEN_TERMIJN + " THEN 'TERUG' WHEN " + EERDER_BEEINDIGD
                        + " THEN 'BEEINDIGD' ELSE 'NIET_TERUG' END AS afloop, CASE WHEN " + TERUG_BINNEN_TERMIJN
                        + " THEN q.teruggeplaatst_op WHEN " + EERDER_BEEINDIGD + " THEN q.beeindigd_op ELSE q.grens END AS afgerond "
                        + "FROM (SELECT p.gemeente, p.teruggeplaatst_op, p.beeindigd_op, CAST(p.startdatum + INTERVAL '"
                        + TERMIJN_MAANDEN + "' MONTH AS DATE) AS grens FROM plaatsing p WHERE " + start.sql() + ") q) t "
                        + "WHERE t.afgerond BETWEEN ? AND ? GROUP BY " + PER_MAAND.formatted("t.afgerond") + ", t.gemeente, t.afloop",
                row -> new MonitorGegevens.Afgerond(maand(row), gemeente(row), Afloop.valueOf(row.getString("afloop")),
                        row.getLong("aantal")), parameters.toArray());
    }

    /**
     * The children in each group on each sample day, as the Groepen page counts them: started, and neither returned
     * nor ended yet. Counted from events: the starts and the ends (the earlier of return and end) up to each sample day,
     * grouped per group and per stretch between sample days; so each placement is read once, however many days.
     */
    private static List<MonitorGegevens.Bezet> bezetting(Database.Transaction tx, MonitorFilter filter) throws SQLException {
        List<LocalDate> dagen = filter.peildagen();
        Voorwaarde geplaatst = Voorwaarde.alle().filter(filter, "p");
        StringBuilder vak = new StringBuilder("CASE");
        for (int i = 0; i < dagen.size(); i++) {
            vak.append(" WHEN q.dag <= ? THEN ").append(i);
        }
        List<Object> parameters = new ArrayList<>(dagen);
        parameters.addAll(geplaatst.parameters());
        parameters.addAll(geplaatst.parameters());
        parameters.add(dagen.get(dagen.size() - 1));
        List<Gebeurtenissen> perVak = tx.query("SELECT t.groep, t.vak, SUM(t.teken) AS aantal FROM (SELECT q.groep, " + vak + " END AS vak, "
                        + "q.teken FROM (SELECT p.groep, p.startdatum AS dag, 1 AS teken FROM plaatsing p WHERE " + geplaatst.sql()
                        + " UNION ALL SELECT p.groep, CASE WHEN p.teruggeplaatst_op IS NULL THEN p.beeindigd_op "
                        + "WHEN p.beeindigd_op IS NULL OR p.teruggeplaatst_op < p.beeindigd_op THEN p.teruggeplaatst_op "
                        + "ELSE p.beeindigd_op END AS dag, -1 AS teken FROM plaatsing p WHERE (p.teruggeplaatst_op IS NOT NULL "
                        + "OR p.beeindigd_op IS NOT NULL) AND " + geplaatst.sql() + ") q WHERE q.dag <= ?) t GROUP BY t.groep, t.vak",
                row -> new Gebeurtenissen(row.getString("groep"), row.getInt("vak"), row.getLong("aantal")), parameters.toArray());
        Map<String, long[]> perGroep = new LinkedHashMap<>();
        perVak.forEach(g -> perGroep.computeIfAbsent(g.groep(), n -> new long[dagen.size()])[g.vak()] += g.saldo());
        List<MonitorGegevens.Bezet> bezet = new ArrayList<>();
        perGroep.forEach((groep, saldo) -> {
            long aantal = 0;
            for (int i = 0; i < dagen.size(); i++) {
                aantal += saldo[i];
                bezet.add(new MonitorGegevens.Bezet(dagen.get(i), groep, aantal));
            }
        });
        return bezet;
    }

    /** Starts less ends in one group between two sample days. */
    private record Gebeurtenissen(String groep, int vak, long saldo) {
    }

    private static MonitorGegevens.Besluiten besluiten(ResultSet row) throws SQLException {
        String reden = row.getString("afwijkingsreden");
        return new MonitorGegevens.Besluiten(maand(row), gemeente(row), Uitkomst.valueOf(row.getString("advies_uitkomst")),
                Arrangement.valueOf(row.getString("arrangement")), row.getBoolean("wijkt_af"),
                reden == null ? null : Afwijkingsreden.valueOf(reden), row.getLong("aantal"));
    }

    private static YearMonth maand(ResultSet row) throws SQLException {
        return YearMonth.from(Database.date(row, "maand"));
    }

    private static String gemeente(ResultSet row) throws SQLException {
        String gemeente = row.getString("gemeente");
        return gemeente == null ? "" : gemeente;
    }

    /** A WHERE clause and its parameters: a period, then the filter's rule set and municipality where it names them. */
    private record Voorwaarde(String sql, List<Object> parameters) {

        static Voorwaarde alle() {
            return new Voorwaarde("1 = 1", List.of());
        }

        static Voorwaarde periode(String kolom, LocalDate van, LocalDate tot) {
            return new Voorwaarde(kolom + " BETWEEN ? AND ?", List.of(van, tot));
        }

        Voorwaarde filter(MonitorFilter filter, String alias) {
            StringBuilder uit = new StringBuilder(sql);
            List<Object> waarden = new ArrayList<>(parameters);
            if (filter.regelset() != null) {
                uit.append(" AND ").append(alias).append(".regelset = ?");
                waarden.add(filter.regelset());
            }
            if (filter.gemeente() != null) {
                uit.append(" AND ").append(alias).append(".gemeente = ?");
                waarden.add(filter.gemeente());
            }
            return new Voorwaarde(uit.toString(), List.copyOf(waarden));
        }

        Object[] waarden() {
            return parameters.toArray();
        }
    }
}
