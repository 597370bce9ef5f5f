package nl.startklaswijzer.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.startklaswijzer.domein.Actie;
import nl.startklaswijzer.domein.ArrangementOordeel;
import nl.startklaswijzer.domein.Effect;
import nl.startklaswijzer.domein.Reden;
import nl.startklaswijzer.domein.Status;
import nl.startklaswijzer.engine.ExplanationText;

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

    private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Amsterdam"));

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
