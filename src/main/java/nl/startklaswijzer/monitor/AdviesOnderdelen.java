package nl.startklaswijzer.monitor;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Uitkomst;

/**
 * The parts about the recorded advices: outcomes per month and per municipality, and the complicating factors. Every
 * advice recorded in the period counts, also a second advice for the same child.
 */
final class AdviesOnderdelen {

    private final Kruistabel<YearMonth, Uitkomst> perMaand;
    private final Kruistabel<String, Uitkomst> perGemeente;
    private final List<Onderdeel.Ontwerp> ontwerpen = new ArrayList<>();
    private final Onderdeel.Ontwerp gemeenteOntwerp;

    AdviesOnderdelen(Afscherming afscherming, MonitorGegevens gegevens, MonitorFilter filter) {
        List<Uitkomst> uitkomsten = List.of(Uitkomst.values());
        perMaand = Kruistabel.metTotalen(afscherming, filter.maanden(), uitkomsten,
                (m, u) -> tel(gegevens, a -> a.maand().equals(m) && a.uitkomst() == u));
        perGemeente = Kruistabel.metTotalen(afscherming, Gemeenten.van(gegevens), uitkomsten,
                (g, u) -> tel(gegevens, a -> a.gemeente().equals(g) && a.uitkomst() == u));
        // Both tables count the same advices: their totals per outcome, and of all, are the same numbers.
        uitkomsten.forEach(u -> afscherming.som(List.of(perGemeente.kolomtotaal(u)), perMaand.kolomtotaal(u)));
        afscherming.som(List.of(perGemeente.totaal()), perMaand.totaal());

        ontwerpen.add(perMaand(filter));
        ontwerpen.add(factoren(afscherming, gegevens));
        ontwerpen.add(combinaties(afscherming, gegevens));
        gemeenteOntwerp = gemeenteOntwerp();
    }

    List<Onderdeel.Ontwerp> ontwerpen() {
        return ontwerpen;
    }

    /** The outcomes per municipality, shown beside the other figures per municipality. */
    Onderdeel.Ontwerp perGemeenteOntwerp() {
        return gemeenteOntwerp;
    }

    /** All advices recorded in the period. */
    Aantal totaal() {
        return perMaand.totaal();
    }

    /** The advices per municipality, as the municipalities' table shows them. */
    Map<String, Aantal> perGemeente() {
        Map<String, Aantal> uit = new LinkedHashMap<>();
        perGemeente.rijen().forEach(g -> uit.put(g, perGemeente.rijtotaal(g)));
        return uit;
    }

    private Onderdeel.Ontwerp perMaand(MonitorFilter filter) {
        Tabel.Bouwer tabel = uitkomstKolommen(new Tabel.Bouwer("adviezen-per-maand", "Adviezen per uitkomst per maand")
                .kolom("maand", "Maand"));
        perMaand.vul(tabel, m -> new Cel.Tekst(m.toString(), Opmaak.maand(m), m.toString()), m -> List.of(), List.of());
        Staafgrafiek grafiek = Staafgrafiek.staand("grafiek-adviezen-per-maand", "Adviezen per uitkomst per maand",
                "Staafdiagram van de vastgelegde adviezen per maand, van " + Opmaak.maand(YearMonth.from(filter.van())) + " tot en met "
                        + Opmaak.maand(YearMonth.from(filter.tot())) + "; elke staaf is verdeeld naar de uitkomst van het advies.",
                Assen.maanden(perMaand.rijen()), uitkomstReeksen(perMaand), perMaand.rijen().stream().map(perMaand::rijtotaal).toList());
        return new Onderdeel.Ontwerp("Adviezen per uitkomst per maand",
                "Elk advies dat in een dossier is vastgelegd, in de maand waarin het is vastgelegd. Een kind dat opnieuw advies "
                        + "kreeg, telt in elke maand waarin dat gebeurde.", tabel.bouw(), grafiek::svg);
    }

    private Onderdeel.Ontwerp gemeenteOntwerp() {
        Tabel.Bouwer tabel = uitkomstKolommen(new Tabel.Bouwer("adviezen-per-gemeente", "Adviezen per gemeente")
                .kolom("gemeente", "Gemeente"));
        perGemeente.vul(tabel, Gemeenten::kop, g -> List.of(), List.of());
        Staafgrafiek grafiek = Staafgrafiek.liggend("grafiek-adviezen-per-gemeente", "Adviezen per gemeente",
                "Liggend staafdiagram van de vastgelegde adviezen per gemeente van het kind, elke staaf verdeeld naar uitkomst.",
                perGemeente.rijen().stream().map(g -> Staafgrafiek.Categorie.van(Gemeenten.naam(g))).toList(),
                uitkomstReeksen(perGemeente), perGemeente.rijen().stream().map(perGemeente::rijtotaal).toList());
        return new Onderdeel.Ontwerp("Adviezen per gemeente",
                "De gemeente van het kind zoals de casus die noemt. 'Onbekend': de casus noemt geen gemeente.", tabel.bouw(), grafiek::svg);
    }

    /** How often each factor occurs; beside each count, the advices without it follow from the total, and are guarded. */
    private Onderdeel.Ontwerp factoren(Afscherming afscherming, MonitorGegevens gegevens) {
        Aantal alle = perMaand.totaal();
        Tabel.Bouwer tabel = new Tabel.Bouwer("complicerende-factoren", "Complicerende factoren in de adviezen")
                .kolom("factor", "Complicerende factor").kolom("adviezen", "Adviezen met deze factor").kolom("procent", "% van de adviezen");
        List<Aantal> met = new ArrayList<>();
        for (ComplicerendeFactor f : ComplicerendeFactor.values()) {
            long aantal = gegevens.factoren().getOrDefault(f, 0L);
            Aantal a = afscherming.aantal(aantal);
            afscherming.som(List.of(a, afscherming.afleidbaar(alle.waarde() - aantal)), alle);
            met.add(a);
            tabel.rij(Cel.Tekst.van(f.name(), Opmaak.hoofdletter(f.label())), List.of(a, new Percentage(a, alle)));
        }
        Staafgrafiek grafiek = Staafgrafiek.liggend("grafiek-complicerende-factoren", "Complicerende factoren in de adviezen",
                "Liggend staafdiagram: per complicerende factor het aantal vastgelegde adviezen waarin die speelt. Een advies kan "
                        + "meer factoren hebben.",
                Arrays.stream(ComplicerendeFactor.values()).map(f -> Staafgrafiek.Categorie.van(Opmaak.hoofdletter(f.label()))).toList(),
                List.of(new Staafgrafiek.Reeks("Adviezen", Kleuren.EEN_REEKS, met)), null);
        return new Onderdeel.Ontwerp("Complicerende factoren",
                "Hoe vaak elke complicerende factor uit bijlage 1 speelt in de vastgelegde adviezen, en in welk deel ervan. "
                        + "Factoren maken plaatsing moeilijker, maar sluiten niet uit.", tabel.bouw(), grafiek::svg);
    }

    /** Advices by how many factors they have: none, one (a point of attention) or a combination to weigh. */
    private Onderdeel.Ontwerp combinaties(Afscherming afscherming, MonitorGegevens gegevens) {
        List<String> labels = List.of("Geen complicerende factor", "Eén factor: een aandachtspunt",
                "Twee of meer: een combinatie om in het knooppunt te wegen");
        List<Aantal> aantallen = new ArrayList<>();
        Tabel.Bouwer tabel = new Tabel.Bouwer("combinaties-van-factoren", "Adviezen naar het aantal complicerende factoren")
                .kolom("factoren", "Complicerende factoren").kolom("adviezen", "Adviezen").kolom("procent", "% van de adviezen");
        for (int n = 0; n < labels.size(); n++) {
            int factoren = n;
            Aantal a = afscherming.aantal(tel(gegevens, r -> r.factoren() == factoren));
            aantallen.add(a);
            tabel.rij(new Cel.Tekst(n == 2 ? "2+" : String.valueOf(n), labels.get(n), labels.get(n)), List.of(a, new Percentage(a, totaal())));
        }
        afscherming.som(aantallen, totaal());
        tabel.totaal(List.of(totaal(), new Percentage(totaal(), totaal())));
        Staafgrafiek grafiek = Staafgrafiek.liggend("grafiek-combinaties-van-factoren", "Adviezen naar het aantal complicerende factoren",
                "Liggend staafdiagram: hoeveel vastgelegde adviezen geen, één, of twee of meer complicerende factoren hebben.",
                labels.stream().map(Staafgrafiek.Categorie::van).toList(),
                List.of(new Staafgrafiek.Reeks("Adviezen", Kleuren.EEN_REEKS, aantallen)), null);
        return new Onderdeel.Ontwerp("Combinaties van factoren",
                "Eén factor is een aandachtspunt; een combinatie van twee of meer weegt het knooppunt (aanname van de regelset).",
                tabel.bouw(), grafiek::svg);
    }

    private static Tabel.Bouwer uitkomstKolommen(Tabel.Bouwer tabel) {
        for (Uitkomst u : Uitkomst.values()) {
            tabel.kolom(u.name(), Opmaak.hoofdletter(u.label()));
        }
        return tabel.kolom("totaal", "Totaal");
    }

    private static <R> List<Staafgrafiek.Reeks> uitkomstReeksen(Kruistabel<R, Uitkomst> tabel) {
        return tabel.kolommen().stream()
                .map(u -> new Staafgrafiek.Reeks(Opmaak.hoofdletter(u.label()), Kleuren.van(u),
                        tabel.rijen().stream().map(r -> tabel.cel(r, u)).toList()))
                .toList();
    }

    private static long tel(MonitorGegevens gegevens, Predicate<MonitorGegevens.Adviezen> welke) {
        return gegevens.adviezen().stream().filter(welke).mapToLong(MonitorGegevens.Adviezen::aantal).sum();
    }
}
