package nl.startklaswijzer.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.startklaswijzer.dossier.Deelnemer;
import nl.startklaswijzer.dossier.Dossier;
import nl.startklaswijzer.dossier.Plaatsing;
import nl.startklaswijzer.dossier.Verloop;
import nl.startklaswijzer.engine.ExplanationText;
import nl.startklaswijzer.overdracht.Overdracht;
import nl.startklaswijzer.overdracht.Toestemming;

/**
 * A dossier as its page shows it: one timeline of a voorschool's signals and the parents' consent, advices, decisions
 * and the placement's course, newest first.
 */
final class DossierWeergave {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private DossierWeergave() {
    }

    /**
     * One entry on the timeline: its kind (advies, besluit or verloop, for the style), when, what, the details, and
     * for an advice its id, for the links to it.
     */
    record Gebeurtenis(String soort, String wanneer, String kop, List<Weergave.Gegeven> gegevens, Long adviesId) {
    }

    private record Geordend(Instant volgorde, Gebeurtenis gebeurtenis) {
    }

    static List<Gebeurtenis> tijdlijn(Dossier dossier, List<Overdracht> overdrachten) {
        List<Geordend> tijdlijn = new ArrayList<>();
        overdrachten.forEach(o -> overdracht(tijdlijn, o));
        dossier.adviezen().forEach(a -> tijdlijn.add(new Geordend(a.tijdstip(), advies(a))));
        dossier.besluiten().forEach(b -> tijdlijn.add(new Geordend(b.tijdstip(), besluit(b))));
        Plaatsing p = dossier.plaatsing();
        if (p != null) {
            tijdlijn.add(verloop(p.startdatum(), "Start in de startklas", List.of(new Weergave.Gegeven("Groep", p.groep()))));
            stap(tijdlijn, p.tlvAangevraagdOp(), Verloop.TLV_AANGEVRAAGD);
            stap(tijdlijn, p.teruggeplaatstOp(), Verloop.TERUGGEPLAATST);
            stap(tijdlijn, p.beeindigdOp(), Verloop.BEEINDIGD);
        }
        return tijdlijn.stream()
                .sorted(Comparator.comparing(Geordend::volgorde).reversed())
                .map(Geordend::gebeurtenis)
                .toList();
    }

    /** The placement in short: where, since when, how it stands. */
    static List<Weergave.Gegeven> plaatsing(Plaatsing p) {
        List<Weergave.Gegeven> gegevens = new ArrayList<>();
        gegevens.add(new Weergave.Gegeven("Groep", p.groep()));
        gegevens.add(new Weergave.Gegeven("Start", Weergave.datum(p.startdatum())));
        gegevens.add(new Weergave.Gegeven("Stand", p.geeindigdOp() == null ? "loopt"
                : p.geeindigdOp().equals(p.teruggeplaatstOp()) ? Verloop.TERUGGEPLAATST.label() + " op " + Weergave.datum(p.geeindigdOp())
                : Verloop.BEEINDIGD.label() + " op " + Weergave.datum(p.geeindigdOp())));
        if (p.tlvAangevraagdOp() != null) {
            gegevens.add(new Weergave.Gegeven("TLV aangevraagd", Weergave.datum(p.tlvAangevraagdOp())));
        }
        gegevens.add(new Weergave.Gegeven("Complicerende factoren", ExplanationText.format(p.complicerendeFactoren())));
        return gegevens;
    }

    /**
     * A handover seen in full gives each signal; without consent, only that a signal asks for a knooppunt, when, and
     * what to do. Each consent and withdrawal is on the timeline either way.
     */
    private static void overdracht(List<Geordend> tijdlijn, Overdracht o) {
        if (o.volledig()) {
            o.signaleringen().forEach(s -> {
                OverdrachtWeergave.Signalering weergave = OverdrachtWeergave.signalering(s);
                List<Weergave.Gegeven> gegevens = new ArrayList<>(weergave.gegevens());
                weergave.redenen().forEach(r -> gegevens.add(new Weergave.Gegeven("Reden", r)));
                tijdlijn.add(new Geordend(s.tijdstip(), new Gebeurtenis("signalering", weergave.wanneer(), weergave.kop(), gegevens, null)));
            });
        } else {
            List<Weergave.Gegeven> gegevens = new ArrayList<>();
            gegevens.add(new Weergave.Gegeven("Knooppunt rond", Weergave.datum(o.knooppuntRond())));
            o.acties().forEach(a -> {
                gegevens.add(new Weergave.Gegeven("Te doen", a.getTekst()));
                gegevens.add(new Weergave.Gegeven("Wie", a.getWie()));
            });
            tijdlijn.add(new Geordend(o.gesignaleerd(), new Gebeurtenis("signalering", Weergave.moment(o.gesignaleerd()),
                    "Signalering van " + o.voorschool().naam() + ": wacht op de toestemming van de ouders", gegevens, null)));
        }
        for (Toestemming t : o.toestemmingen()) {
            tijdlijn.add(new Geordend(t.vastgelegdOp(), new Gebeurtenis("toestemming", Weergave.datum(t.datum()),
                    "Toestemming van de ouders voor de warme overdracht (" + o.voorschool().naam() + ")",
                    OverdrachtWeergave.toestemming(t), null)));
            if (!t.isActief()) {
                tijdlijn.add(new Geordend(t.intrekkingVastgelegdOp(), new Gebeurtenis("toestemming", Weergave.datum(t.ingetrokkenOp()),
                        "Toestemming ingetrokken (" + o.voorschool().naam() + ")", OverdrachtWeergave.intrekking(t), null)));
            }
        }
    }

    private static Gebeurtenis advies(Dossier.AdviesRegel a) {
        return new Gebeurtenis("advies", Weergave.moment(a.tijdstip()), "Advies: " + a.uitkomst().label(), List.of(
                new Weergave.Gegeven("Regelset", a.regelset().naam() + ", versie " + a.regelset().versie()),
                new Weergave.Gegeven("Peildatum", Weergave.datum(a.peildatum())),
                new Weergave.Gegeven("Vastgelegd door", a.gebruiker())), a.id());
    }

    private static Gebeurtenis besluit(Dossier.Besluit b) {
        List<Weergave.Gegeven> gegevens = new ArrayList<>();
        gegevens.add(new Weergave.Gegeven("Aanwezig", String.join(", ", b.aanwezig().stream().map(Deelnemer::label).toList())));
        if (b.startdatum() != null) {
            gegevens.add(new Weergave.Gegeven("Startdatum", Weergave.datum(b.startdatum())));
            gegevens.add(new Weergave.Gegeven("Groep", b.groep()));
        }
        gegevens.add(new Weergave.Gegeven("Wijkt af van het advies", b.wijktAfVanAdvies() ? "ja" : "nee"));
        if (b.afwijkingsreden() != null) {
            gegevens.add(new Weergave.Gegeven("Reden van afwijking", b.afwijkingsreden().label()));
        }
        if (b.motivatie() != null) {
            gegevens.add(new Weergave.Gegeven("Motivatie", b.motivatie()));
        }
        gegevens.add(new Weergave.Gegeven("Vastgelegd", Weergave.moment(b.tijdstip()) + " door " + b.gebruiker()));
        return new Gebeurtenis("besluit", Weergave.datum(b.datum()), "Besluit: " + b.arrangement().label(), gegevens, null);
    }

    private static void stap(List<Geordend> tijdlijn, LocalDate datum, Verloop soort) {
        if (datum != null) {
            tijdlijn.add(verloop(datum, Formulier.hoofdletter(soort.label()), List.of()));
        }
    }

    /** A step of the course has a day and no time: it counts as the end of that day, after what was recorded on it. */
    private static Geordend verloop(LocalDate datum, String kop, List<Weergave.Gegeven> gegevens) {
        return new Geordend(datum.plusDays(1).atStartOfDay(NEDERLAND).toInstant(),
                new Gebeurtenis("verloop", Weergave.datum(datum), kop, gegevens, null));
    }
}
