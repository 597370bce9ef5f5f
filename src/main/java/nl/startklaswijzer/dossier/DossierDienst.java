package nl.startklaswijzer.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.startklaswijzer.beveiliging.AuditLog;
import nl.startklaswijzer.beveiliging.Handeling;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.Arrangement;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.OverEenKind;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.domein.Uitkomst;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.ImpactAnalysis;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.RuleSetRegistry;
import nl.startklaswijzer.monitor.Kenmerken;
import nl.startklaswijzer.opslag.Database;
import nl.startklaswijzer.opslag.DatabaseException;

/**
 * What the knooppunt records in a child's dossier: advices (with the case, the advice and the rule-set version),
 * decisions, and the placement's course with its follow-up agenda. Every read and change goes to the audit log with
 * who and what kind of action, never the contents; every change moves the dossier's erasure date.
 */
@ApplicationScoped
public class DossierDienst {

    /** The same rule as the child's reference in a case: pseudonymous, never a BSN. */
    private static final Pattern REFERENTIE = Pattern.compile("^(?!\\d{8,9}$)[A-Za-z0-9._-]{1,40}$");
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final int MOTIVATIE_MAXIMUM = 4000;
    private static final String UNIEK = "23505";

    private final Database database;
    private final DossierLezer lezer;
    private final RegelsetArchief archief;
    private final RuleSetRegistry registry;
    private final GroepInvuller invuller;
    private final Groepen groepen;
    private final AuditLog audit;
    private final ObjectMapper mapper;
    private final DossierConfig config;
    private final Bewaartermijn bewaartermijn;

    public DossierDienst(Database database, DossierLezer lezer, RegelsetArchief archief, RuleSetRegistry registry,
                         GroepInvuller invuller, Groepen groepen, AuditLog audit, ObjectMapper mapper, DossierConfig config,
                         Bewaartermijn bewaartermijn) {
        this.database = database;
        this.lezer = lezer;
        this.archief = archief;
        this.registry = registry;
        this.invuller = invuller;
        this.groepen = groepen;
        this.audit = audit;
        this.mapper = mapper;
        this.config = config;
        this.bewaartermijn = bewaartermijn;
    }

    /** Advises on the case and records case, advice and rule-set version in the dossier, which is made if new. */
    public Advies legAdviesVast(String door, String referentie, Casus casus) {
        hoortBij(referentie, casus);
        invuller.vulIn(casus);
        RuleSet ruleSet = registry.get(casus.getRegelset());
        Advies advies = CaseEvaluator.advise(ruleSet, casus);
        String casusJson = json(casus);
        String adviesJson = json(advies);
        Instant nu = Instant.now();
        eenmaalOpnieuw(() -> legVast(door, referentie, ruleSet, casus, advies, casusJson, adviesJson, nu));
        return advies;
    }

    /**
     * Records something that makes the dossier if it is new. When someone made the same dossier at the same moment, the
     * first attempt fails on its key; the dossier exists then, so the second attempt adds to it.
     */
    public static <T> T eenmaalOpnieuw(Supplier<T> vastleggen) {
        try {
            return vastleggen.get();
        } catch (DatabaseException e) {
            if (!isUniek(e)) {
                throw e;
            }
            return vastleggen.get();
        }
    }

    public Dossier lees(String door, String referentie) {
        return database.transaction(tx -> {
            Dossier dossier = lezer.dossier(tx, referentie).orElseThrow(() -> DossierFouten.onbekend(referentie));
            audit.schrijf(tx, door, Handeling.DOSSIER_GELEZEN, referentie, null);
            return dossier;
        });
    }

    public Dossier.VastgelegdAdvies leesAdvies(String door, String referentie, long id) {
        return database.transaction(tx -> {
            Dossier.VastgelegdAdvies advies = lezer.advies(tx, referentie, id).orElseThrow(() -> Weigering.onbekend("id",
                    "Het dossier " + referentie + " heeft geen advies " + id + "."));
            audit.schrijf(tx, door, Handeling.DOSSIER_GELEZEN, referentie, "advies " + id);
            return advies;
        });
    }

    /** A recorded advice given again by the version that gave it, and whether that is exactly the advice recorded. */
    public record Herhaald(Dossier.VastgelegdAdvies vastgelegd, Casus casus, Advies advies, boolean gelijk) {
    }

    /**
     * Reads a recorded advice and runs its case again under its own version: the advice explained by the rules that
     * made it, with each fact as the rules saw it (the recorded JSON has lost the facts' types).
     */
    public Herhaald herhaal(String door, String referentie, long id) {
        Dossier.VastgelegdAdvies vastgelegd = leesAdvies(door, referentie, id);
        // One reading of the case serves every evaluation: rules cannot change a fact (the guard admits no setter).
        Casus casus = lees(vastgelegd.casus(), Casus.class);
        Advies herhaald = CaseEvaluator.advise(archief.regelset(vastgelegd.regelset()), casus);
        return new Herhaald(vastgelegd, casus, herhaald,
                mapper.valueToTree(herhaald).equals(lees(vastgelegd.advies(), JsonNode.class)));
    }

    /** Runs a recorded advice again: under its own version, which must agree, and under today's version of its set. */
    public Herbeoordeling herbeoordeel(String door, String referentie, long id) {
        Herhaald herhaald = herhaal(door, referentie, id);
        Dossier.VastgelegdAdvies vastgelegd = herhaald.vastgelegd();
        RuleSet vandaag = registry.get(vastgelegd.regelset().naam());
        Advies nu = CaseEvaluator.advise(vandaag, herhaald.casus());
        audit.schrijf(door, Handeling.ADVIES_HERBEOORDEELD, referentie, "advies " + id);
        return new Herbeoordeling(id, vastgelegd.regelset(), vastgelegd.uitkomst(), herhaald.gelijk(), vandaag.version(), nu.uitkomst(),
                ImpactAnalysis.verschil(referentie, herhaald.advies(), nu).orElse(null));
    }

    public Dossier.Besluit besluit(String door, String referentie, Verzoeken.Besluit verzoek) {
        return database.transaction(tx -> {
            DossierLezer.Kop kop = actueel(tx, referentie, verzoek.versie());
            List<Dossier.AdviesRegel> adviezen = lezer.adviezen(tx, referentie);
            if (adviezen.isEmpty()) {
                throw Weigering.ongeldig("referentie", "Leg eerst een advies vast in dit dossier; een besluit volgt op een advies.");
            }
            Dossier.AdviesRegel laatste = adviezen.get(0);
            verplicht(verzoek.datum(), "datum", "Geef de datum van het besluit (JJJJ-MM-DD).");
            verplicht(verzoek.arrangement(), "arrangement", "Kies het arrangement: MOEDERSCHOOL, REGULIER_MET_ARRANGEMENT, "
                    + "STARTKLAS of SPECIALISTISCH.");
            if (verzoek.aanwezig() == null || verzoek.aanwezig().isEmpty()) {
                throw Weigering.ongeldig("aanwezig", "Noem wie er aan tafel zaten, zoals ONDERWIJSADVISEUR, IB_MOEDERSCHOOL en OUDERS.");
            }
            String motivatie = verzoek.motivatie() == null || verzoek.motivatie().isBlank() ? null : verzoek.motivatie().strip();
            if (motivatie != null && motivatie.length() > MOTIVATIE_MAXIMUM) {
                throw Weigering.ongeldig("motivatie", "Een motivatie is ten hoogste " + MOTIVATIE_MAXIMUM + " tekens.");
            }
            Arrangement geadviseerd = arrangementVan(laatste.uitkomst());
            boolean wijktAf = verzoek.arrangement() != geadviseerd;
            if (wijktAf && motivatie == null) {
                throw Weigering.ongeldig("motivatie", "Dit besluit wijkt af van het laatste advies (" + laatste.uitkomst()
                        + "); geef een motivatie, zoals een uitzondering in het belang van het kind. Schrijf geen namen.");
            }
            if (!wijktAf && verzoek.afwijkingsreden() != null) {
                throw Weigering.ongeldig("afwijkingsreden", "Dit besluit volgt het laatste advies (" + laatste.uitkomst()
                        + "); een reden van afwijking hoort er niet bij.");
            }
            if (verzoek.arrangement() == Arrangement.STARTKLAS) {
                controleerPlaatsing(referentie, verzoek, laatste, motivatie);
            } else if (verzoek.startdatum() != null || verzoek.groep() != null) {
                throw Weigering.ongeldig("groep", "Een startdatum en groep horen alleen bij een besluit voor de startklas.");
            }
            Instant nu = Instant.now();
            tx.update("INSERT INTO besluit (referentie, advies_id, datum, arrangement, startdatum, groep, aanwezig, wijkt_af, "
                            + "motivatie, gebruiker, tijdstip, afwijkingsreden, advies_uitkomst, regelset, gemeente) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    referentie, laatste.id(), verzoek.datum(), verzoek.arrangement(), verzoek.startdatum(), verzoek.groep(),
                    verzoek.aanwezig().stream().distinct().map(Enum::name).collect(Collectors.joining(",")), wijktAf,
                    motivatie, door, nu, verzoek.afwijkingsreden(), laatste.uitkomst(), laatste.regelset().naam(),
                    Kenmerken.gemeenteVan(tx, laatste.id()));
            if (verzoek.arrangement() == Arrangement.STARTKLAS) {
                plaats(tx, referentie, verzoek, laatste);
            }
            tx.update("UPDATE dossier SET versie = ?, gewijzigd = ? WHERE referentie = ?", kop.versie() + 1, nu, referentie);
            bewaartermijn.herbereken(tx, referentie);
            audit.schrijf(tx, door, Handeling.BESLUIT_VASTGELEGD, referentie, verzoek.arrangement()
                    + (wijktAf ? ", wijkt af van het advies" : ""));
            return lezer.besluiten(tx, referentie).get(0);
        });
    }

    public Dossier verloop(String door, String referentie, Verzoeken.Stap stap) {
        return database.transaction(tx -> {
            DossierLezer.Kop kop = actueel(tx, referentie, stap.versie());
            verplicht(stap.soort(), "soort", "Kies TERUGGEPLAATST, TLV_AANGEVRAAGD of BEEINDIGD.");
            verplicht(stap.datum(), "datum", "Geef de datum (JJJJ-MM-DD).");
            Plaatsing plaatsing = lezer.plaatsing(tx, referentie).orElseThrow(() -> Weigering.ongeldig("soort",
                    "Dit dossier heeft geen plaatsing in de startklas; leg eerst een besluit voor de startklas vast."));
            if (stap.datum().isBefore(plaatsing.startdatum())) {
                throw Weigering.ongeldig("datum", "De datum ligt voor de start van de plaatsing (" + plaatsing.startdatum() + ").");
            }
            String kolom = switch (stap.soort()) {
                case TERUGGEPLAATST -> "teruggeplaatst_op";
                case TLV_AANGEVRAAGD -> "tlv_aangevraagd_op";
                case BEEINDIGD -> "beeindigd_op";
            };
            tx.update("UPDATE plaatsing SET " + kolom + " = ? WHERE referentie = ?", stap.datum(), referentie);
            plan(tx, referentie);
            tx.update("UPDATE dossier SET versie = ?, gewijzigd = ? WHERE referentie = ?", kop.versie() + 1, Instant.now(), referentie);
            bewaartermijn.herbereken(tx, referentie);
            audit.schrijf(tx, door, Handeling.VERLOOP_VASTGELEGD, referentie, stap.soort().name());
            return lezer.dossier(tx, referentie).orElseThrow();
        });
    }

    /** An erasure request: the dossier and all it holds are gone; the audit log keeps that it happened. */
    public void verwijder(String door, String referentie) {
        database.transaction(tx -> {
            if (tx.update("DELETE FROM dossier WHERE referentie = ?", referentie) == 0) {
                throw DossierFouten.onbekend(referentie);
            }
            audit.schrijf(tx, door, Handeling.DOSSIER_VERWIJDERD, referentie, "verzoek tot verwijdering");
            return null;
        });
    }

    /** The open agenda items up to and including {@code tot}, the overdue first (they have the earliest dates). */
    public List<Dossier.AgendaItem> agenda(LocalDate tot) {
        return database.query("SELECT * FROM agenda_item WHERE gedaan_op IS NULL AND datum <= ? ORDER BY datum, id",
                DossierLezer::agendaItem, tot);
    }

    public Dossier.AgendaItem rondAf(String door, long id) {
        return database.transaction(tx -> {
            Dossier.AgendaItem item = tx.one("SELECT * FROM agenda_item WHERE id = ?", DossierLezer::agendaItem, id)
                    .orElseThrow(() -> Weigering.onbekend("id", "Er is geen agendapunt " + id + "."));
            if (item.gedaanOp() == null) {
                tx.update("UPDATE agenda_item SET gedaan_op = ?, gedaan_door = ? WHERE id = ?", Instant.now(), door, id);
                audit.schrijf(tx, door, Handeling.AGENDA_AFGEROND, item.referentie(), item.soort().name());
            }
            return tx.one("SELECT * FROM agenda_item WHERE id = ?", DossierLezer::agendaItem, id).orElseThrow();
        });
    }

    private void controleerPlaatsing(String referentie, Verzoeken.Besluit verzoek, Dossier.AdviesRegel laatste, String motivatie) {
        verplicht(verzoek.startdatum(), "startdatum", "Geef de startdatum van de plaatsing (JJJJ-MM-DD).");
        LocalDate geadviseerdOp = laatste.tijdstip().atZone(NEDERLAND).toLocalDate();
        if (verzoek.startdatum().isBefore(geadviseerdOp)) {
            throw Weigering.ongeldig("startdatum", "De startdatum ligt voor het advies waarop het besluit volgt (" + geadviseerdOp + ").");
        }
        verplicht(verzoek.groep(), "groep", "Kies de startklasgroep.");
        Groep groep = groepen.vind(verzoek.groep()).orElseThrow(() -> Weigering.ongeldig("groep",
                "Er is geen groep '" + verzoek.groep() + "'."));
        long bezet = groepen.geplaatst(groep.naam(), verzoek.startdatum()).stream()
                .filter(g -> !g.referentie().equals(referentie)).count();
        if (bezet >= groep.capaciteit() && motivatie == null) {
            throw Weigering.ongeldig("motivatie", "De groep " + groep.naam() + " is op " + verzoek.startdatum() + " vol (" + bezet
                    + " van " + groep.capaciteit() + " plaatsen); een plaatsing boven de capaciteit vraagt een motivatie.");
        }
    }

    /** The placement follows the decision; the child's complicating factors come from the advice it follows. */
    private void plaats(Database.Transaction tx, String referentie, Verzoeken.Besluit verzoek, Dossier.AdviesRegel laatste)
            throws SQLException {
        Casus casus = lees(lezer.advies(tx, referentie, laatste.id()).orElseThrow().casus(), Casus.class);
        List<ComplicerendeFactor> factoren = casus.getKind().getComplicerendeFactoren();
        tx.update("DELETE FROM plaatsing WHERE referentie = ?", referentie);
        tx.update("INSERT INTO plaatsing (referentie, groep, startdatum, complicerende_factoren, regelset, gemeente) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                referentie, verzoek.groep(), verzoek.startdatum(), Groepen.tekst(factoren), laatste.regelset().naam(),
                Kenmerken.gemeente(casus.getKind()));
        plan(tx, referentie);
    }

    /** Plans the placement's agenda anew from its dates; items already done, and a signal's, stay as they are. */
    private void plan(Database.Transaction tx, String referentie) throws SQLException {
        Plaatsing plaatsing = lezer.plaatsing(tx, referentie).orElseThrow();
        List<Dossier.AgendaItem> gedaan = lezer.agenda(tx, referentie).stream().filter(i -> i.gedaanOp() != null).toList();
        tx.update("DELETE FROM agenda_item WHERE referentie = ? AND gedaan_op IS NULL AND soort NOT IN (?, ?)", referentie,
                AgendaSoort.VAN_SIGNALERING.get(0), AgendaSoort.VAN_SIGNALERING.get(1));
        for (AgendaPlanner.Gepland item : AgendaPlanner.plan(plaatsing, registry.get(plaatsing.regelset()).parameters())) {
            boolean alGedaan = gedaan.stream().anyMatch(g -> g.soort() == item.soort() && g.datum().equals(item.datum()));
            if (!alGedaan) {
                tx.update("INSERT INTO agenda_item (referentie, soort, datum) VALUES (?, ?, ?)", referentie, item.soort(), item.datum());
            }
        }
    }

    private DossierLezer.Kop actueel(Database.Transaction tx, String referentie, Integer versie) throws SQLException {
        DossierLezer.Kop kop = lezer.kop(tx, referentie).orElseThrow(() -> DossierFouten.onbekend(referentie));
        verplicht(versie, "versie", "Noem de versie van het dossier waarop u besluit (uit GET /api/v1/dossiers/" + referentie + ").");
        if (versie != kop.versie()) {
            throw DossierFouten.gewijzigd(versie, kop.versie());
        }
        return kop;
    }

    /**
     * Records the advice in one transaction, and so with one commit: the dossier is made by its first advice or gets a
     * new version, and, unless a placement or a later signal's date governs it, is kept for the retention period from
     * today. The knooppunt a voorschool's signal asked for has now been held: its agenda items are done.
     */
    private Void legVast(String door, String referentie, RuleSet ruleSet, Casus casus, Advies advies, String casusJson,
                         String adviesJson, Instant nu) {
        LocalDate bewarenTot = Peildatum.vandaag().plus(config.bewaartermijn());
        return database.transaction(tx -> {
            int bestaand = tx.update("UPDATE dossier SET versie = versie + 1, gewijzigd = ?, bewaren_tot = CASE WHEN EXISTS "
                    + "(SELECT 1 FROM plaatsing p WHERE p.referentie = dossier.referentie) OR bewaren_tot > ? THEN bewaren_tot "
                    + "ELSE ? END WHERE referentie = ?", nu, bewarenTot, bewarenTot, referentie);
            if (bestaand == 0) {
                tx.update("INSERT INTO dossier (referentie, versie, aangemaakt, gewijzigd, bewaren_tot) VALUES (?, 1, ?, ?, ?)",
                        referentie, nu, nu, bewarenTot);
            }
            archief.bewaar(tx, ruleSet);
            List<ComplicerendeFactor> factoren = casus.getKind().getComplicerendeFactoren();
            long id = tx.insert("INSERT INTO dossier_advies (referentie, tijdstip, gebruiker, regelset, regelset_versie, peildatum, "
                            + "vandaag, uitkomst, casus, advies, gemeente, aantal_factoren) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    referentie, nu, door, ruleSet.name(), ruleSet.version().versie(), advies.peildatum(), Peildatum.vandaag(),
                    advies.uitkomst(), casusJson, adviesJson, Kenmerken.gemeente(casus.getKind()), factoren.size());
            Kenmerken.legVast(tx, id, factoren);
            tx.update("UPDATE agenda_item SET gedaan_op = ?, gedaan_door = ? WHERE referentie = ? AND gedaan_op IS NULL "
                    + "AND soort IN (?, ?)", nu, door, referentie, AgendaSoort.VAN_SIGNALERING.get(0), AgendaSoort.VAN_SIGNALERING.get(1));
            audit.schrijf(tx, door, Handeling.ADVIES_VASTGELEGD, referentie, "regelset " + ruleSet.name() + " "
                    + ruleSet.version().versie());
            return null;
        });
    }

    private static boolean isUniek(DatabaseException e) {
        return e.getCause() instanceof SQLException sql && UNIEK.equals(sql.getSQLState());
    }

    /** The arrangement an outcome advises; a decision for another one departs from the advice. */
    public static Arrangement arrangementVan(Uitkomst uitkomst) {
        return switch (uitkomst) {
            case MOEDERSCHOOL -> Arrangement.MOEDERSCHOOL;
            case REGULIER_MET_ARRANGEMENT -> Arrangement.REGULIER_MET_ARRANGEMENT;
            case STARTKLAS, STARTKLAS_BESPREKEN -> Arrangement.STARTKLAS;
            case SPECIALISTISCH -> Arrangement.SPECIALISTISCH;
        };
    }

    /**
     * A request recorded in the dossier of {@code referentie} is about that child: without a reference of its own it
     * takes the dossier's, and another one is refused.
     */
    public static void hoortBij(String referentie, OverEenKind verzoek) {
        controleerReferentie(referentie);
        if (verzoek.getKind().getReferentie() == null) {
            verzoek.getKind().setReferentie(referentie);
        } else if (!verzoek.getKind().getReferentie().equals(referentie)) {
            throw Weigering.ongeldig("kind.referentie", "De referentie van het kind (" + verzoek.getKind().getReferentie()
                    + ") is niet die van het dossier (" + referentie + ").");
        }
    }

    public static void controleerReferentie(String referentie) {
        if (referentie == null || !REFERENTIE.matcher(referentie).matches()) {
            throw Weigering.ongeldig("referentie", "Gebruik een pseudonieme referentie van letters, cijfers, '-', '_' of '.' "
                    + "(ten hoogste 40 tekens), nooit een naam of BSN.");
        }
    }

    private static void verplicht(Object waarde, String veld, String melding) {
        if (waarde == null || waarde instanceof String tekst && tekst.isBlank()) {
            throw Weigering.ongeldig(veld, melding);
        }
    }

    private String json(Object waarde) {
        try {
            return mapper.writeValueAsString(waarde);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T lees(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Een vastgelegde casus of advies is niet meer te lezen.", e);
        }
    }
}
