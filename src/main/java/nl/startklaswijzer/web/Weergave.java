package nl.startklaswijzer.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import nl.startklaswijzer.domein.Actie;
import nl.startklaswijzer.domein.ArrangementOordeel;
import nl.startklaswijzer.domein.Effect;
import nl.startklaswijzer.domein.Reden;
import nl.startklaswijzer.domein.Status;
import nl.startklaswijzer.engine.ExplanationText;
import nl.startklaswijzer.engine.Impact;

/** Reasons, actions and verdicts as a page shows them: in Dutch words, dates written out. */
final class Weergave {

    private Weergave() {
    }

    record RedenWeergave(String tekst, String regel, String bron, String status, boolean aanname, String categorie,
                         String effect, String effectCode, List<String> feiten) {
    }

    record ActieWeergave(String code, String tekst, String wie, String uiterlijk, String regel, String bron) {
    }

    record ArrangementWeergave(String naam, String oordeel, String oordeelCode, List<String> redenen) {
    }

    record Gegeven(String label, String waarde) {
    }

    /** One case whose advice a change of rules alters: the outcomes before and after, what comes and what goes. */
    record WijzigingWeergave(String casus, String oud, String nieuw, List<RedenWeergave> erbij, List<RedenWeergave> eraf,
                             List<ActieWeergave> actiesErbij, List<ActieWeergave> actiesEraf) {
    }

    /** Decisive reasons first: those that rule an arrangement out or put it up for discussion. */
    static final Predicate<Reden> DOORSLAGGEVEND = r -> r.getEffect() == Effect.NIET_PASSEND || r.getEffect() == Effect.BESPREKEN;

    static List<RedenWeergave> redenen(List<Reden> redenen, Predicate<Reden> welke) {
        return redenen.stream().filter(welke).map(Weergave::reden).toList();
    }

    static RedenWeergave reden(Reden r) {
        return new RedenWeergave(r.getTekst(), r.getRegel(), r.getBron(), r.getStatus().label(),
                r.getStatus() == Status.AANNAME, r.getCategorie().label(), r.getEffect().label(), r.getEffect().name(),
                feiten(r.getFeiten()));
    }

    static List<ActieWeergave> acties(List<Actie> acties) {
        return acties.stream()
                .map(a -> new ActieWeergave(a.getCode().name(), a.getTekst(), a.getWie(), datum(a.getUiterlijk()), a.getRegel(),
                        a.getBron()))
                .toList();
    }

    static List<ArrangementWeergave> arrangementen(List<ArrangementOordeel> oordelen) {
        return oordelen.stream()
                .map(o -> new ArrangementWeergave(o.naam(), o.oordeel().label(), o.oordeel().name(), o.redenen()))
                .toList();
    }

    static WijzigingWeergave wijziging(Impact.Wijziging w) {
        return new WijzigingWeergave(w.casus(), w.oudeUitkomst(), w.nieuweUitkomst(),
                w.redenenErbij().stream().map(Weergave::reden).toList(), w.redenenEraf().stream().map(Weergave::reden).toList(),
                acties(w.actiesErbij()), acties(w.actiesEraf()));
    }

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(NEDERLAND);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm:ss",
            Locale.forLanguageTag("nl")).withZone(NEDERLAND);

    /** A moment in a sentence, written out: 22 november 2026 om 14:05:00. */
    static String moment(Instant moment) {
        return moment == null ? null : MOMENT.format(moment);
    }

    /** A moment as Dutch users read it: their own time of day. */
    static String tijdstip(Instant tijdstip) {
        return tijdstip == null ? "" : TIJDSTIP.format(tijdstip);
    }

    static String datum(LocalDate datum) {
        return datum == null ? null : ExplanationText.format(datum);
    }

    private static List<String> feiten(Map<String, Object> feiten) {
        return feiten.entrySet().stream().map(e -> e.getKey() + ": " + ExplanationText.format(e.getValue())).toList();
    }
}
