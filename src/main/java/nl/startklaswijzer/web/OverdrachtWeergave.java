package nl.startklaswijzer.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.startklaswijzer.overdracht.Doel;
import nl.startklaswijzer.overdracht.Overdracht;
import nl.startklaswijzer.overdracht.Toestemming;
import nl.startklaswijzer.overdracht.VastgelegdeSignalering;

/** Handovers, recorded signals and consents as the pages show them: in Dutch words, dates written out. */
final class OverdrachtWeergave {

    /** Reading the recorded answer needs no configuration of its own. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private OverdrachtWeergave() {
    }

    /** One handover in a list: the dossier, the voorschool, when the knooppunt is due and how consent stands. */
    record Regel(String referentie, String voorschool, String knooppuntRond, String signaal, String toestemming, boolean volledig,
                 boolean opgevolgd) {
    }

    /** A recorded signal in full: when, what, its details, and the reasons and actions of its answer. */
    record Signalering(String wanneer, String kop, List<Weergave.Gegeven> gegevens, List<String> redenen, List<String> acties) {
    }

    static List<Regel> regels(List<Overdracht> overdrachten) {
        return overdrachten.stream()
                .map(o -> new Regel(o.referentie(), o.voorschool().naam(), Weergave.datum(o.knooppuntRond()),
                        o.signaal() == null ? "niet in te zien zonder toestemming" : o.signaal().label(),
                        o.toestemming() == null ? "nog niet vastgelegd" : "gegeven op " + Weergave.datum(o.toestemming().datum()),
                        o.volledig(), o.opgevolgd()))
                .toList();
    }

    static Signalering signalering(VastgelegdeSignalering s) {
        JsonNode uitslag = lees(s.uitslag());
        return new Signalering(Weergave.moment(s.tijdstip()), "Signalering van " + s.voorschool().naam() + ": " + s.signaal().label(),
                gegevens(s), teksten(uitslag.path("redenen")), teksten(uitslag.path("acties")));
    }

    static List<Weergave.Gegeven> gegevens(VastgelegdeSignalering s) {
        List<Weergave.Gegeven> gegevens = new ArrayList<>();
        gegevens.add(new Weergave.Gegeven("Datum van de signalering", Weergave.datum(s.peildatum())));
        gegevens.add(new Weergave.Gegeven("Voorziening", s.voorziening().label()));
        if (s.knooppuntRond() != null) {
            gegevens.add(new Weergave.Gegeven("Knooppunt rond", Weergave.datum(s.knooppuntRond())));
        }
        if (s.inschrijvenNietVoor() != null) {
            gegevens.add(new Weergave.Gegeven("Niet inschrijven voor", Weergave.datum(s.inschrijvenNietVoor())));
        }
        gegevens.add(new Weergave.Gegeven("Regelset", s.regelset().naam() + ", versie " + s.regelset().versie()));
        gegevens.add(new Weergave.Gegeven("Vastgelegd door", s.gebruiker() + " (" + s.voorschool().naam() + ")"));
        return gegevens;
    }

    /** Who gave consent, when, for what, and who recorded it. */
    static List<Weergave.Gegeven> toestemming(Toestemming t) {
        return List.of(new Weergave.Gegeven("Gegeven door", t.gegevenDoor().label()),
                new Weergave.Gegeven("Gegeven op", Weergave.datum(t.datum())),
                new Weergave.Gegeven("Voor", String.join("; ", t.voor().stream().map(Doel::label).toList())),
                new Weergave.Gegeven("Vastgelegd", Weergave.moment(t.vastgelegdOp()) + " door " + t.vastgelegdDoor()));
    }

    /** When consent was withdrawn, and who recorded that. */
    static List<Weergave.Gegeven> intrekking(Toestemming t) {
        return List.of(new Weergave.Gegeven("Ingetrokken op", Weergave.datum(t.ingetrokkenOp())),
                new Weergave.Gegeven("Intrekking vastgelegd", Weergave.moment(t.intrekkingVastgelegdOp()) + " door " + t.ingetrokkenDoor()));
    }

    /** A consent and its withdrawal together, as the history of consents lists them. */
    static List<Weergave.Gegeven> ingetrokken(Toestemming t) {
        List<Weergave.Gegeven> gegevens = new ArrayList<>(toestemming(t));
        gegevens.addAll(intrekking(t));
        return gegevens;
    }

    private static List<String> teksten(JsonNode lijst) {
        return StreamSupport.stream(lijst.spliterator(), false).map(n -> n.path("tekst").asText()).toList();
    }

    private static JsonNode lees(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Een vastgelegde signalering is niet meer te lezen.", e);
        }
    }
}
