package nl.startklaswijzer.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Kind;
import nl.startklaswijzer.opslag.Database;

/**
 * What the monitor counts by, kept beside each recorded advice so that the database can group by it: the child's
 * municipality (one spelling, see {@link Gemeentenaam}) and its complicating factors. Written when an advice is
 * recorded; {@link #vulAan} fills them once for advices recorded before the monitor existed.
 */
public final class Kenmerken {

    private static final int PER_KEER = 500;
    private static final Set<String> FACTOREN = Arrays.stream(ComplicerendeFactor.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private Kenmerken() {
    }

    /** The child's municipality as the monitor groups it; null when the case does not name one. */
    public static String gemeente(Kind kind) {
        return Gemeentenaam.normaliseer(kind.getGemeente());
    }

    /** Records the complicating factors of the advice just recorded under {@code adviesId}. */
    public static void legVast(Database.Transaction tx, long adviesId, List<ComplicerendeFactor> factoren) throws SQLException {
        if (factoren.isEmpty()) {
            return;
        }
        Object[] waarden = factoren.stream().flatMap(f -> Stream.of(adviesId, f)).toArray();
        tx.update("INSERT INTO dossier_advies_factor (advies_id, factor) VALUES "
                + String.join(", ", Collections.nCopies(waarden.length / 2, "(?, ?)")), waarden);
    }

    /** The municipality recorded with an advice, for the decision that follows it; null where the case named none. */
    public static String gemeenteVan(Database.Transaction tx, long adviesId) throws SQLException {
        List<String> gemeente = tx.query("SELECT gemeente FROM dossier_advies WHERE id = ?", row -> row.getString(1), adviesId);
        return gemeente.isEmpty() ? null : gemeente.get(0);
    }

    /**
     * Fills the municipality and factors of every advice recorded before, reading each case's JSON once; then copies
     * to every decision the outcome, rule set and municipality of the advice it follows, and to every placement the
     * municipality of the decision it follows. Plain JDBC, for a Flyway migration.
     */
    public static void vulAan(Connection verbinding) throws SQLException {
        ObjectMapper json = new ObjectMapper();
        try (PreparedStatement lees = verbinding.prepareStatement("SELECT id, casus FROM dossier_advies WHERE aantal_factoren IS NULL");
             PreparedStatement advies = verbinding.prepareStatement(
                     "UPDATE dossier_advies SET gemeente = ?, aantal_factoren = ? WHERE id = ?");
             PreparedStatement factor = verbinding.prepareStatement(
                     "INSERT INTO dossier_advies_factor (advies_id, factor) VALUES (?, ?)")) {
            lees.setFetchSize(PER_KEER);
            int inBatch = 0;
            try (ResultSet rijen = lees.executeQuery()) {
                while (rijen.next()) {
                    long id = rijen.getLong("id");
                    JsonNode kind = kind(json, rijen.getString("casus"));
                    Set<String> factoren = factoren(kind);
                    advies.setString(1, Gemeentenaam.normaliseer(kind.path("gemeente").asText(null)));
                    advies.setInt(2, factoren.size());
                    advies.setLong(3, id);
                    advies.addBatch();
                    for (String f : factoren) {
                        factor.setLong(1, id);
                        factor.setString(2, f);
                        factor.addBatch();
                    }
                    if (++inBatch == PER_KEER) {
                        advies.executeBatch();
                        factor.executeBatch();
                        inBatch = 0;
                    }
                }
            }
            advies.executeBatch();
            factor.executeBatch();
        }
        try (PreparedStatement besluit = verbinding.prepareStatement("UPDATE besluit SET "
                + "advies_uitkomst = (SELECT a.uitkomst FROM dossier_advies a WHERE a.id = besluit.advies_id), "
                + "regelset = (SELECT a.regelset FROM dossier_advies a WHERE a.id = besluit.advies_id), "
                + "gemeente = (SELECT a.gemeente FROM dossier_advies a WHERE a.id = besluit.advies_id) WHERE advies_uitkomst IS NULL");
             PreparedStatement plaatsing = verbinding.prepareStatement("UPDATE plaatsing SET gemeente = (SELECT b.gemeente "
                     + "FROM besluit b WHERE b.referentie = plaatsing.referentie AND b.arrangement = 'STARTKLAS' "
                     + "ORDER BY b.tijdstip DESC, b.id DESC LIMIT 1) WHERE gemeente IS NULL")) {
            besluit.executeUpdate();
            plaatsing.executeUpdate();
        }
    }

    private static JsonNode kind(ObjectMapper json, String casus) {
        try {
            return json.readTree(casus).path("kind");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Een vastgelegde casus is geen JSON meer.", e);
        }
    }

    /** The recorded codes, each once; the recorded cases were checked, but a code no longer known is passed over. */
    private static Set<String> factoren(JsonNode kind) {
        return StreamSupport.stream(kind.path("complicerendeFactoren").spliterator(), false)
                .map(JsonNode::asText)
                .filter(FACTOREN::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
