package nl.startklaswijzer.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.startklaswijzer.domein.Arrangement;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Uitkomst;
import nl.startklaswijzer.dossier.Afwijkingsreden;
import nl.startklaswijzer.dossier.DossierDienst;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.RuleSetCompiler;
import nl.startklaswijzer.engine.RuleSetSource;
import nl.startklaswijzer.monitor.Gemeentenaam;

/**
 * Fills a database with recorded advices as the knooppunt would have recorded them over the past two years, for the
 * monitor's benchmark and its tests: children from the region's municipalities (some cases name none), the case mix
 * of {@link CaseGenerator} with each outcome as the default rule set gives it, a second or third advice for some
 * children, decisions that mostly follow the advice and otherwise give a reason, and startklas placements that mostly
 * end with a return within a year, sometimes with a TLV request or an earlier end.
 *
 * <p>The rows are written as the service writes them, with the monitor's columns filled; only the advice's own JSON is
 * a short stand-in (the monitor never reads it, and PostgreSQL keeps long values out of the row anyway).
 *
 * <p>Run as a program: {@code MonitorDataGenerator <jdbc-url> <user> <advices> [seed]}, on a database the service has
 * migrated.
 */
public final class MonitorDataGenerator {

    /** Writes one statement with its parameters. */
    @FunctionalInterface
    public interface Schrijver {
        void schrijf(String sql, Object... parameters) throws SQLException;
    }

    /** Reads one number. */
    @FunctionalInterface
    public interface Lezer {
        long lees(String sql) throws SQLException;
    }

    /** What was written. */
    public record Samenvatting(int adviezen, int dossiers, int besluiten, int plaatsingen) {
    }

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final int PER_KEER = 400;
    /** The municipalities of the cluster and around it, by how many children come from each; null: the case names none. */
    private static final String[] GEMEENTEN = {"Brunssum", "Brunssum", "Brunssum", "Heerlen", "Heerlen", "Heerlen", "Heerlen",
            "Landgraaf", "Landgraaf", "Kerkrade", "Kerkrade", "Beekdaelen", "Simpelveld", "Voerendaal", "Nuth", null};
    private static final int MAANDEN = 24;

    private final Random random;
    private final RuleSet ruleSet;
    private final LocalDate vandaag;
    private final String voorvoegsel;
    private final CaseGenerator zaken;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** {@code voorvoegsel} starts every reference and group name, so that runs do not meet. */
    public MonitorDataGenerator(long seed, RuleSet ruleSet, LocalDate vandaag, String voorvoegsel) {
        this.random = new Random(seed);
        this.zaken = new CaseGenerator(seed);
        this.ruleSet = ruleSet;
        this.vandaag = vandaag;
        this.voorvoegsel = voorvoegsel;
    }

    public Samenvatting vul(int adviezen, Schrijver schrijver, Lezer lezer) throws SQLException {
        List<String> groepen = groepen(schrijver);
        long id = lezer.lees("SELECT COALESCE(MAX(id), 0) FROM dossier_advies") + 1;
        Regels dossiers = new Regels(schrijver, List.of(), "dossier (referentie, versie, aangemaakt, gewijzigd, bewaren_tot)");
        Regels advies = new Regels(schrijver, List.of(dossiers), "dossier_advies (id, referentie, tijdstip, gebruiker, regelset, regelset_versie, "
                + "peildatum, vandaag, uitkomst, casus, advies, gemeente, aantal_factoren)");
        Regels factoren = new Regels(schrijver, List.of(advies), "dossier_advies_factor (advies_id, factor)");
        Regels besluiten = new Regels(schrijver, List.of(advies), "besluit (referentie, advies_id, datum, arrangement, startdatum, groep, aanwezig, "
                + "wijkt_af, motivatie, gebruiker, tijdstip, afwijkingsreden, advies_uitkomst, regelset, gemeente)");
        Regels plaatsingen = new Regels(schrijver, List.of(dossiers), "plaatsing (referentie, groep, startdatum, complicerende_factoren, regelset, "
                + "teruggeplaatst_op, tlv_aangevraagd_op, beeindigd_op, gemeente)");
        int geschreven = 0;
        int kind = 0;
        while (geschreven < adviezen) {
            String referentie = voorvoegsel + "-" + kind;
            Casus casus = zaken.next(kind++);
            casus.getKind().setReferentie(referentie);
            casus.getKind().setGemeente(GEMEENTEN[random.nextInt(GEMEENTEN.length)]);
            List<LocalDate> dagen = new ArrayList<>(List.of(vandaag.minusDays(random.nextInt(MAANDEN * 30))));
            int keer = Math.min(adviezen - geschreven, random.nextInt(100) < 80 ? 1 : random.nextInt(100) < 75 ? 2 : 3);
            while (dagen.size() < keer) {
                dagen.add(min(dagen.get(dagen.size() - 1).plusDays(20 + random.nextInt(70)), vandaag));
            }
            LocalDate laatsteDag = dagen.get(dagen.size() - 1);
            List<String> uitkomsten = new ArrayList<>();
            List<String> casussen = new ArrayList<>();
            for (LocalDate dag : dagen) {
                casus.setPeildatum(dag.plusDays(random.nextInt(60)));
                uitkomsten.add(CaseEvaluator.advise(ruleSet, casus).uitkomst().name());
                casussen.add(tekst(casus));
            }
            Besluit besluit = besluit(Uitkomst.valueOf(uitkomsten.get(uitkomsten.size() - 1)), laatsteDag, groepen);
            LocalDate einde = besluit == null || besluit.groep() == null ? laatsteDag : besluit.plaatsing().einde();
            dossiers.rij(referentie, 1, moment(dagen.get(0)), moment(laatsteDag), einde == null ? null : einde.plusYears(2));
            List<ComplicerendeFactor> fs = casus.getKind().getComplicerendeFactoren();
            String gemeente = Gemeentenaam.normaliseer(casus.getKind().getGemeente());
            for (int k = 0; k < dagen.size(); k++, geschreven++) {
                advies.rij(id, referentie, moment(dagen.get(k)), "generator", ruleSet.name(), ruleSet.version().versie(),
                        dagen.get(k).plusDays(random.nextInt(60)), dagen.get(k), uitkomsten.get(k), casussen.get(k),
                        "{\"uitkomst\":\"" + uitkomsten.get(k) + "\",\"gegenereerd\":true}", gemeente, fs.size());
                for (ComplicerendeFactor f : fs) {
                    factoren.rij(id, f.name());
                }
                id++;
            }
            if (besluit != null) {
                besluiten.rij(referentie, id - 1, besluit.dag(), besluit.arrangement().name(), besluit.groep() == null ? null : besluit.start(),
                        besluit.groep(), "ONDERWIJSADVISEUR,IB_MOEDERSCHOOL,OUDERS", besluit.afwijkend(),
                        besluit.afwijkend() ? "Gegenereerde motivatie." : null, "generator", moment(besluit.dag()),
                        besluit.reden() == null ? null : besluit.reden().name(), uitkomsten.get(uitkomsten.size() - 1), ruleSet.name(),
                        gemeente);
                if (besluit.groep() != null) {
                    Plaatsing p = besluit.plaatsing();
                    plaatsingen.rij(referentie, besluit.groep(), besluit.start(), String.join(",", fs.stream().map(Enum::name).toList()),
                            ruleSet.name(), p.terug(), p.tlv(), p.beeindigd(), gemeente);
                }
            }
        }
        for (Regels regels : List.of(dossiers, advies, factoren, besluiten, plaatsingen)) {
            regels.schrijf();
        }
        schrijver.schrijf("ALTER TABLE dossier_advies ALTER COLUMN id RESTART WITH " + id);
        return new Samenvatting(geschreven, kind, besluiten.aantal, plaatsingen.aantal);
    }

    /** A decision on the latest advice: its day, what it chose, and for the startklas the group and placement. */
    private record Besluit(LocalDate dag, Arrangement arrangement, boolean afwijkend, Afwijkingsreden reden, LocalDate start,
                           String groep, Plaatsing plaatsing) {
    }

    /** A placement's course as far as it has happened by today. */
    private record Plaatsing(LocalDate terug, LocalDate tlv, LocalDate beeindigd) {

        /** The day it ended; null while it runs. */
        LocalDate einde() {
            return terug != null ? terug : beeindigd;
        }
    }

    /** Three in four children get a decision within three weeks; about one in eight departs from the advice. */
    private Besluit besluit(Uitkomst uitkomst, LocalDate advies, List<String> groepen) {
        LocalDate dag = advies.plusDays(random.nextInt(21));
        if (random.nextInt(100) >= 75 || dag.isAfter(vandaag)) {
            return null;
        }
        Arrangement geadviseerd = DossierDienst.arrangementVan(uitkomst);
        boolean afwijkend = random.nextInt(100) < 13;
        Arrangement gekozen = afwijkend ? ander(geadviseerd) : geadviseerd;
        Afwijkingsreden reden = afwijkend && random.nextInt(100) < 85 ? reden() : null;
        LocalDate start = dag.plusDays(random.nextInt(30));
        if (gekozen != Arrangement.STARTKLAS || start.isAfter(vandaag)) {
            return new Besluit(dag, gekozen, afwijkend, reden, null, null, null);
        }
        return new Besluit(dag, gekozen, afwijkend, reden, start, groepen.get(random.nextInt(groepen.size())), plaatsing(start));
    }

    /**
     * About 7 in 10 return within a year, a few later; 1 in 10 gets a TLV request and leaves two months on; some end
     * earlier; the rest are still there.
     */
    private Plaatsing plaatsing(LocalDate start) {
        int lot = random.nextInt(100);
        LocalDate terug = null;
        LocalDate tlv = null;
        LocalDate beeindigd = null;
        if (lot < 72) {
            terug = start.plusDays(120 + random.nextInt(lot < 66 ? 240 : 420));
        } else if (lot < 82) {
            tlv = start.plusDays(150 + random.nextInt(200));
            beeindigd = tlv.plusDays(60);
        } else if (lot < 90) {
            beeindigd = start.plusDays(30 + random.nextInt(270));
        }
        return new Plaatsing(nogNiet(terug), nogNiet(tlv), nogNiet(beeindigd));
    }

    /** Two groups in the larger municipalities and one elsewhere: 12 places each. */
    private List<String> groepen(Schrijver schrijver) throws SQLException {
        List<String> namen = new ArrayList<>();
        for (String plaats : List.of("Brunssum", "Heerlen", "Landgraaf", "Kerkrade")) {
            for (String letter : plaats.equals("Brunssum") || plaats.equals("Heerlen") ? List.of("A", "B") : List.of("A")) {
                String naam = voorvoegsel + " " + plaats + " " + letter;
                schrijver.schrijf("INSERT INTO groep (naam, plaats, capaciteit) VALUES (?, ?, 12)", naam, "Startklas " + plaats);
                namen.add(naam);
            }
        }
        return namen;
    }

    private Arrangement ander(Arrangement geadviseerd) {
        List<Arrangement> andere = new ArrayList<>(List.of(Arrangement.values()));
        andere.remove(geadviseerd);
        return andere.get(random.nextInt(andere.size()));
    }

    /** The reasons the knooppunt gives, the parents' wish and the moederschool's offer most often. */
    private Afwijkingsreden reden() {
        Afwijkingsreden[] vaak = {Afwijkingsreden.WENS_OUDERS, Afwijkingsreden.WENS_OUDERS, Afwijkingsreden.WENS_OUDERS,
                Afwijkingsreden.MOEDERSCHOOL_KAN_HET_BIEDEN, Afwijkingsreden.MOEDERSCHOOL_KAN_HET_BIEDEN, Afwijkingsreden.THUISNABIJ};
        return random.nextBoolean() ? vaak[random.nextInt(vaak.length)] : Afwijkingsreden.values()[random.nextInt(Afwijkingsreden.values().length)];
    }

    private LocalDate nogNiet(LocalDate dag) {
        return dag == null || dag.isAfter(vandaag) ? null : dag;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private Instant moment(LocalDate dag) {
        return dag.atTime(10, random.nextInt(60)).atZone(NEDERLAND).toInstant();
    }

    private String tekst(Casus casus) {
        try {
            return json.writeValueAsString(casus);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows for one table, written a few hundred at a time in one INSERT, after the rows they refer to. */
    private static final class Regels {
        private final Schrijver schrijver;
        private final List<Regels> eerst;
        private final String tabel;
        private final List<Object[]> rijen = new ArrayList<>();
        private int aantal;

        Regels(Schrijver schrijver, List<Regels> eerst, String tabel) {
            this.schrijver = schrijver;
            this.eerst = eerst;
            this.tabel = tabel;
        }

        void rij(Object... waarden) throws SQLException {
            rijen.add(waarden);
            aantal++;
            if (rijen.size() == PER_KEER) {
                schrijf();
            }
        }

        void schrijf() throws SQLException {
            for (Regels ouder : eerst) {
                ouder.schrijf();
            }
            if (rijen.isEmpty()) {
                return;
            }
            String plekken = "(" + String.join(", ", Collections.nCopies(rijen.get(0).length, "?")) + ")";
            schrijver.schrijf("INSERT INTO " + tabel + " VALUES " + String.join(", ", Collections.nCopies(rijen.size(), plekken)),
                    rijen.stream().flatMap(java.util.Arrays::stream).toArray());
            rijen.clear();
        }
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int adviezen = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        RuleSet ruleSet = RuleSetCompiler.compile(RuleSetSource.read(Path.of("rules", "cluster-brunssum")));
        long begin = System.nanoTime();
        try (Connection verbinding = DriverManager.getConnection(url, args[1], "")) {
            verbinding.setAutoCommit(false);
            Samenvatting s = new MonitorDataGenerator(seed, ruleSet, LocalDate.now(NEDERLAND), "M").vul(adviezen,
                    (sql, parameters) -> {
                        try (PreparedStatement statement = verbinding.prepareStatement(sql)) {
                            for (int i = 0; i < parameters.length; i++) {
                                statement.setObject(i + 1, parameters[i] instanceof Instant moment
                                        ? moment.atOffset(java.time.ZoneOffset.UTC) : parameters[i]);
                            }
                            statement.execute();
                        }
                    },
                    sql -> {
                        try (PreparedStatement statement = verbinding.prepareStatement(sql); ResultSet rij = statement.executeQuery()) {
                            rij.next();
                            return rij.getLong(1);
                        }
                    });
            verbinding.commit();
            System.out.printf("%d adviezen in %d dossiers, %d besluiten, %d plaatsingen in %d ms%n", s.adviezen(), s.dossiers(),
                    s.besluiten(), s.plaatsingen(), (System.nanoTime() - begin) / 1_000_000);
        }
    }
}
