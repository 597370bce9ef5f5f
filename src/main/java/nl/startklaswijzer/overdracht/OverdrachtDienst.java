package nl.startklaswijzer.overdracht;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.startklaswijzer.beveiliging.AuditLog;
import nl.startklaswijzer.beveiliging.Handeling;
import nl.startklaswijzer.beveiliging.Organisatie;
import nl.startklaswijzer.domein.Leeftijd;
import nl.startklaswijzer.domein.Parameter;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.domein.Signaal;
import nl.startklaswijzer.domein.SignaleringsAdvies;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.dossier.AgendaSoort;
import nl.startklaswijzer.dossier.Bewaartermijn;
import nl.startklaswijzer.dossier.DossierDienst;
import nl.startklaswijzer.dossier.RegelsetArchief;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.RuleSetRegistry;
import nl.startklaswijzer.opslag.Database;

/**
 * The warm handover: a voorschool records its pre-screen in the child's dossier and the parents' consent (or its
 * withdrawal); the knooppunt sees the signal once that consent is recorded, and before that only that a knooppunt is
 * asked for and when. A voorschool reads and writes only its own organisation's records. Every change bumps the
 * dossier's version (which also makes two changes to one dossier wait for each other), moves its erasure date and goes
 * to the audit log with who and what kind of action, never the contents.
 */
@ApplicationScoped
public class OverdrachtDienst {

    /** The pre-screen is for children younger than the startklas's target age: older ones are at school already. */
    static final String DOELGROEPLEEFTIJD = "doelgroepLeeftijd";

    private final Database database;
    private final OverdrachtLezer lezer;
    private final RuleSetRegistry registry;
    private final RegelsetArchief archief;
    private final Bewaartermijn bewaartermijn;
    private final AuditLog audit;
    private final ObjectMapper mapper;

    public OverdrachtDienst(Database database, OverdrachtLezer lezer, RuleSetRegistry registry, RegelsetArchief archief,
                            Bewaartermijn bewaartermijn, AuditLog audit, ObjectMapper mapper) {
        this.database = database;
        this.lezer = lezer;
        this.registry = registry;
        this.archief = archief;
        this.bewaartermijn = bewaartermijn;
        this.audit = audit;
        this.mapper = mapper;
    }

    /**
     * Runs the pre-screen as POST /api/v1/signaleringen does and records request and answer in the dossier, which is
     * made if new; with the parents' consent when it comes along. In the dossier, toestemmingOuders is what is recorded:
     * consent given now or before. A BESPREKEN_IN_KNOOPPUNT signal puts the knooppunt (3;6) and the first day of
     * enrolment (3;7) on the knooppunt's agenda.
     */
    public VastgelegdeSignalering legVast(Aanvrager wie, String referentie, OverdrachtVerzoeken.Vastleggen verzoek) {
        Organisatie voorschool = wie.voorschool();
        DossierDienst.hoortBij(referentie, verzoek);
        RuleSet ruleSet = registry.get(verzoek.getRegelset());
        controleerLeeftijd(verzoek, ruleSet);
        if (verzoek.getPeildatum().isAfter(Peildatum.vandaag())) {
            throw Weigering.ongeldig("peildatum", "Een signalering legt vast wat de voorschool heeft gezien: de datum ligt niet "
                    + "na vandaag (" + Peildatum.vandaag() + ").");
        }
        OverdrachtVerzoeken.Toestemming nieuw = verzoek.getToestemming();
        if (nieuw != null) {
            controleer(nieuw, "toestemming.");
        }
        // The consent is a record of its own; the request is recorded without it.
        verzoek.setToestemming(null);
        boolean gevraagd = verzoek.isToestemmingOuders();
        Instant nu = Instant.now();
        return DossierDienst.eenmaalOpnieuw(() -> database.transaction(tx -> {
            if (!wijzig(tx, referentie, nu)) {
                tx.update("INSERT INTO dossier (referentie, versie, aangemaakt, gewijzigd) VALUES (?, 1, ?, ?)", referentie, nu, nu);
            } else if (!lezer.heeftSignaleringVan(tx, referentie, voorschool.code())) {
                throw Weigering.onbekend("referentie", "Er is geen dossier " + referentie + " van " + voorschool.naam()
                        + ": deze referentie is in gebruik bij een andere organisatie. Kies een eigen referentie.");
            }
            Optional<Toestemming> actief = actieveToestemming(tx, referentie, voorschool);
            if (nieuw != null && actief.isPresent()) {
                throw alGegeven(actief.get(), "toestemming");
            }
            if (gevraagd && nieuw == null && actief.isEmpty()) {
                throw Weigering.ongeldig("toestemming", "toestemmingOuders is waar, maar er is geen toestemming vastgelegd. Stuur "
                        + "toestemming mee: wie gaf haar (gegevenDoor), op welke datum en waarvoor (voor).");
            }
            verzoek.setToestemmingOuders(nieuw != null || actief.isPresent());
            SignaleringsAdvies uitslag = CaseEvaluator.screen(ruleSet, verzoek);
            archief.bewaar(tx, ruleSet);
            tx.update("INSERT INTO signalering (referentie, organisatie, tijdstip, gebruiker, peildatum, voorziening, signaal, "
                            + "knooppunt_rond, inschrijven_niet_voor, regelset, regelset_versie, invoer, uitslag) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    referentie, voorschool.code(), nu, wie.naam(), verzoek.getPeildatum(), verzoek.getVoorziening(),
                    uitslag.signaal(), uitslag.knooppuntRond(), uitslag.inschrijvenNietVoor(), ruleSet.name(),
                    ruleSet.version().versie(), json(verzoek), json(uitslag));
            audit.schrijf(tx, wie.naam(), Handeling.SIGNALERING_VASTGELEGD, referentie, "voorschool " + voorschool.code()
                    + ", regelset " + ruleSet.name() + " " + ruleSet.version().versie());
            if (nieuw != null) {
                legToestemmingVast(tx, wie, referentie, voorschool, nieuw, nu);
            }
            if (uitslag.signaal() == Signaal.BESPREKEN_IN_KNOOPPUNT) {
                plan(tx, referentie, uitslag);
            }
            bewaartermijn.herbereken(tx, referentie);
            return lezer.signaleringen(tx, referentie).get(0);
        }));
    }

    /** The parents' consent for the warm handover of this child by the user's voorschool; once, until withdrawn. */
    public Toestemming geefToestemming(Aanvrager wie, String referentie, OverdrachtVerzoeken.Toestemming verzoek) {
        Organisatie voorschool = wie.voorschool();
        controleer(verzoek, "");
        return database.transaction(tx -> {
            eigenDossier(tx, referentie, voorschool);
            Optional<Toestemming> actief = actieveToestemming(tx, referentie, voorschool);
            if (actief.isPresent()) {
                throw alGegeven(actief.get(), "gegevenDoor");
            }
            return legToestemmingVast(tx, wie, referentie, voorschool, verzoek, Instant.now());
        });
    }

    /** The parents withdrew their consent: the knooppunt sees only that a knooppunt is asked for again. */
    public Toestemming trekIn(Aanvrager wie, String referentie, OverdrachtVerzoeken.Intrekking verzoek) {
        Organisatie voorschool = wie.voorschool();
        LocalDate datum = verzoek == null || verzoek.datum() == null ? Peildatum.vandaag() : verzoek.datum();
        return database.transaction(tx -> {
            eigenDossier(tx, referentie, voorschool);
            Toestemming actief = actieveToestemming(tx, referentie, voorschool).orElseThrow(() -> Weigering.ongeldig("datum",
                    "Er is geen toestemming van de ouders vastgelegd die nog geldt; er is niets in te trekken."));
            if (datum.isAfter(Peildatum.vandaag()) || datum.isBefore(actief.datum())) {
                throw Weigering.ongeldig("datum", "De datum van de intrekking ligt tussen de datum van de toestemming ("
                        + actief.datum() + ") en vandaag (" + Peildatum.vandaag() + ").");
            }
            tx.update("UPDATE toestemming SET ingetrokken_op = ?, ingetrokken_door = ?, intrekking_vastgelegd_op = ? WHERE id = ?",
                    datum, wie.naam(), Instant.now(), actief.id());
            audit.schrijf(tx, wie.naam(), Handeling.TOESTEMMING_INGETROKKEN, referentie, "voorschool " + voorschool.code());
            return lezer.toestemming(tx, actief.id()).orElseThrow();
        });
    }

    /**
     * The handovers in one dossier as the user may see them, each with its signals in full where it may read them.
     * A voorschool that has none there gets 404, as for a dossier that does not exist.
     */
    public List<Overdracht> inDossier(Aanvrager wie, String referentie) {
        return database.transaction(tx -> {
            boolean bestaat = tx.one("SELECT 1 FROM dossier WHERE referentie = ?", row -> true, referentie).isPresent();
            Map<String, Instant> laatsteAdvies = lezer.laatsteAdvies(tx, referentie).map(i -> Map.of(referentie, i)).orElse(Map.of());
            List<Overdracht> zichtbaar = bestaat ? overdrachten(wie, lezer.signaleringen(tx, referentie),
                    lezer.toestemmingen(tx, referentie), laatsteAdvies, true) : List.of();
            if (!bestaat || !wie.knooppunt() && zichtbaar.isEmpty()) {
                throw geenDossier(referentie, wie);
            }
            audit.schrijf(tx, wie.naam(), Handeling.DOSSIER_GELEZEN, referentie, "signaleringen");
            return zichtbaar;
        });
    }

    /** One recorded signal, if the user may read it in full; otherwise 404 as for one that does not exist. */
    public VastgelegdeSignalering signalering(Aanvrager wie, String referentie, long id) {
        return database.transaction(tx -> {
            Optional<VastgelegdeSignalering> signalering = lezer.signalering(tx, referentie, id);
            boolean magLezen = signalering.isPresent() && (wie.hoortBij(signalering.get().voorschool().code())
                    || wie.knooppunt() && actieveToestemming(tx, referentie, signalering.get().voorschool()).isPresent());
            if (!magLezen) {
                throw Weigering.onbekend("id", "Er is geen signalering " + id + " in dossier " + referentie + " die u mag inzien.");
            }
            audit.schrijf(tx, wie.naam(), Handeling.DOSSIER_GELEZEN, referentie, "signalering " + id);
            return signalering.get();
        });
    }

    /**
     * Every handover the user may see, without the signals themselves: the knooppunt's incoming ones, the voorschool's
     * own. {@code open}: only those no advice has followed yet. Ordered by the day the knooppunt is due.
     */
    public List<Overdracht> overzicht(Aanvrager wie, boolean open) {
        if (!wie.knooppunt() && wie.organisatie() == null) {
            return List.of();
        }
        String organisatie = wie.knooppunt() ? null : wie.organisatie().code();
        return database.transaction(tx -> overdrachten(wie, lezer.overzicht(tx, organisatie),
                lezer.toestemmingenBijSignaleringen(tx, organisatie), lezer.laatsteAdviezen(tx, organisatie), false)).stream()
                .filter(o -> !open || !o.opgevolgd())
                .sorted(Comparator.comparing(Overdracht::knooppuntRond, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Overdracht::referentie))
                .toList();
    }

    /** Signals and consents grouped per dossier and voorschool, each group as the user may see it. */
    private static List<Overdracht> overdrachten(Aanvrager wie, List<VastgelegdeSignalering> signaleringen,
                                                 List<Toestemming> toestemmingen, Map<String, Instant> laatsteAdviezen,
                                                 boolean metSignaleringen) {
        Map<List<String>, List<VastgelegdeSignalering>> perGroep = signaleringen.stream().collect(Collectors.groupingBy(
                s -> List.of(s.referentie(), s.voorschool().code()), LinkedHashMap::new, Collectors.toList()));
        Map<List<String>, List<Toestemming>> toestemmingPerGroep = toestemmingen.stream().collect(Collectors.groupingBy(
                t -> List.of(t.referentie(), t.organisatie())));
        List<Overdracht> zichtbaar = new ArrayList<>();
        perGroep.forEach((groep, signalen) -> Overdracht.zoals(wie, signalen, toestemmingPerGroep.getOrDefault(groep, List.of()),
                laatsteAdviezen.get(groep.get(0)), metSignaleringen).ifPresent(zichtbaar::add));
        return zichtbaar;
    }

    private Toestemming legToestemmingVast(Database.Transaction tx, Aanvrager wie, String referentie, Organisatie voorschool,
                                          OverdrachtVerzoeken.Toestemming toestemming, Instant nu) throws SQLException {
        tx.update("INSERT INTO toestemming (referentie, organisatie, gegeven_door, gegeven_op, voor, vastgelegd_door, vastgelegd_op) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", referentie, voorschool.code(), toestemming.gegevenDoor(), toestemming.datum(),
                toestemming.voor().stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(",")), wie.naam(), nu);
        audit.schrijf(tx, wie.naam(), Handeling.TOESTEMMING_VASTGELEGD, referentie, "voorschool " + voorschool.code());
        return actieveToestemming(tx, referentie, voorschool).orElseThrow();
    }

    /** The knooppunt at 3;6 and the first day of enrolment at 3;7, replacing those of an earlier signal not yet done. */
    private static void plan(Database.Transaction tx, String referentie, SignaleringsAdvies uitslag) throws SQLException {
        tx.update("DELETE FROM agenda_item WHERE referentie = ? AND gedaan_op IS NULL AND soort IN (?, ?)", referentie,
                AgendaSoort.KNOOPPUNT_PLANNEN, AgendaSoort.NIET_INSCHRIJVEN_VOOR);
        tx.update("INSERT INTO agenda_item (referentie, soort, datum) VALUES (?, ?, ?)", referentie, AgendaSoort.KNOOPPUNT_PLANNEN,
                uitslag.knooppuntRond());
        tx.update("INSERT INTO agenda_item (referentie, soort, datum) VALUES (?, ?, ?)", referentie,
                AgendaSoort.NIET_INSCHRIJVEN_VOOR, uitslag.inschrijvenNietVoor());
    }

    /** A change to a dossier of the user's voorschool: its version goes up, and it must exist and hold one of its signals. */
    private void eigenDossier(Database.Transaction tx, String referentie, Organisatie voorschool) throws SQLException {
        if (!wijzig(tx, referentie, Instant.now()) || !lezer.heeftSignaleringVan(tx, referentie, voorschool.code())) {
            throw Weigering.onbekend("referentie", "Er is geen dossier " + referentie + " met een signalering van "
                    + voorschool.naam() + ".");
        }
    }

    /** Bumps the dossier's version, which holds its row until the transaction ends; false if there is no such dossier. */
    private static boolean wijzig(Database.Transaction tx, String referentie, Instant nu) throws SQLException {
        return tx.update("UPDATE dossier SET versie = versie + 1, gewijzigd = ? WHERE referentie = ?", nu, referentie) > 0;
    }

    private Optional<Toestemming> actieveToestemming(Database.Transaction tx, String referentie, Organisatie voorschool)
            throws SQLException {
        return lezer.toestemmingen(tx, referentie).stream()
                .filter(t -> t.organisatie().equals(voorschool.code()) && t.isActief()).findFirst();
    }

    private static Weigering alGegeven(Toestemming actief, String veld) {
        return Weigering.ongeldig(veld, "De toestemming van de ouders voor de warme overdracht is al vastgelegd (gegeven op "
                + actief.datum() + "). Trek die eerst in als zij moet veranderen.");
    }

    private static Weigering geenDossier(String referentie, Aanvrager wie) {
        return Weigering.onbekend("referentie", wie.knooppunt() ? "Er is geen dossier met referentie '" + referentie + "'."
                : "Er is geen dossier " + referentie + " met een signalering van uw organisatie.");
    }

    /** Who gave consent (a role), when (not in the future) and for what (always the warm handover itself). */
    private static void controleer(OverdrachtVerzoeken.Toestemming toestemming, String pad) {
        if (toestemming.gegevenDoor() == null) {
            throw Weigering.ongeldig(pad + "gegevenDoor", "Wie gaf toestemming? Kies OUDERS, OUDER_MET_GEZAG of VOOGD; "
                    + "schrijf geen namen.");
        }
        if (toestemming.datum() == null || toestemming.datum().isAfter(Peildatum.vandaag())) {
            throw Weigering.ongeldig(pad + "datum", "Geef de datum waarop de ouders toestemming gaven (JJJJ-MM-DD), niet na vandaag.");
        }
        if (toestemming.voor() == null || toestemming.voor().stream().anyMatch(Objects::isNull)
                || !toestemming.voor().contains(Doel.WARME_OVERDRACHT)) {
            throw Weigering.ongeldig(pad + "voor", "Noem waarvoor de ouders toestemming gaven: ten minste WARME_OVERDRACHT, "
                    + "en VERSLAGLEGGING_DELEN als zij ook de verslaglegging laten delen.");
        }
    }

    /** A voorschool signals children younger than the startklas's target age; an older child is at school already. */
    private static void controleerLeeftijd(OverdrachtVerzoeken.Vastleggen verzoek, RuleSet ruleSet) {
        int jaren = ruleSet.parameters().all().stream().filter(p -> p.getNaam().equals(DOELGROEPLEEFTIJD)).findFirst()
                .map(Parameter::getGetal).orElseThrow(() -> new IllegalStateException("De regelset mist " + DOELGROEPLEEFTIJD + "."));
        Leeftijd leeftijd = Leeftijd.tussen(verzoek.getKind().getGeboortedatum(), verzoek.getPeildatum());
        if (leeftijd.getJaren() >= jaren) {
            throw Weigering.ongeldig("kind.geboortedatum", "Het kind is op " + verzoek.getPeildatum() + " " + leeftijd
                    + " oud. De signalering door de voorschool is voor kinderen jonger dan " + jaren + " jaar; een ouder kind "
                    + "bespreekt de school in het knooppunt.");
        }
    }

    private String json(Object waarde) {
        try {
            return mapper.writeValueAsString(waarde);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
