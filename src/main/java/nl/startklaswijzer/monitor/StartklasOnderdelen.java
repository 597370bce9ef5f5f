package nl.startklaswijzer.monitor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.startklaswijzer.dossier.Groep;

/**
 * The parts about the startklas: how full the groups were over time, how many placements ended with a return to the
 * moederschool within 12 months (the pilot: 75%), and the TLV requests that followed a stay in the startklas.
 */
final class StartklasOnderdelen {

    /** The pilot's result: the approach was effective for 75% of pupils (plan Cluster Brunssum, section 2.2.3). */
    static final double PILOT_TERUG = 75;

    private final Kruistabel<Kwartaal, Afloop> afgerond;
    private final Aantal tlv;
    private final List<Onderdeel.Ontwerp> ontwerpen = new ArrayList<>();

    StartklasOnderdelen(Afscherming afscherming, MonitorGegevens gegevens, MonitorFilter filter) {
        afgerond = Kruistabel.metTotalen(afscherming, filter.kwartalen(), List.of(Afloop.values()),
                (k, a) -> gegevens.afgerond().stream().filter(r -> Kwartaal.van(r.maand()).equals(k) && r.afloop() == a)
                        .mapToLong(MonitorGegevens.Afgerond::aantal).sum());
        List<Aantal> perMaand = filter.maanden().stream()
                .map(m -> afscherming.aantal(gegevens.tlv().stream().filter(t -> t.maand().equals(m))
                        .mapToLong(MonitorGegevens.Tlv::aantal).sum()))
                .toList();
        tlv = afscherming.somVan(perMaand);

        ontwerpen.add(bezetting(afscherming, gegevens, filter));
        ontwerpen.add(terugplaatsing(filter));
        ontwerpen.add(tlv(filter, perMaand));
    }

    List<Onderdeel.Ontwerp> ontwerpen() {
        return ontwerpen;
    }

    /** Placements that came to an end in the period. */
    Aantal afgerond() {
        return afgerond.totaal();
    }

    /** Of those, the ones that ended with a return to the moederschool within 12 months. */
    Aantal terug() {
        return afgerond.kolomtotaal(Afloop.TERUG);
    }

    Aantal tlv() {
        return tlv;
    }

    /**
     * The children in each group on the first of each month. Up to eight groups each have a line; with more, the chart
     * shows all groups together and the table still has each.
     */
    private Onderdeel.Ontwerp bezetting(Afscherming afscherming, MonitorGegevens gegevens, MonitorFilter filter) {
        List<Groep> groepen = gegevens.groepen();
        Kruistabel<LocalDate, Groep> bezet = Kruistabel.zonderKolomtotalen(afscherming, filter.peildagen(), groepen,
                (d, g) -> gegevens.bezetting().stream().filter(b -> b.dag().equals(d) && b.groep().equals(g.naam()))
                        .mapToLong(MonitorGegevens.Bezet::aantal).sum());
        Tabel.Bouwer tabel = new Tabel.Bouwer("bezetting", "Bezetting van de startklasgroepen").kolom("dag", "Op");
        groepen.forEach(g -> tabel.kolom(g.naam(), g.naam() + " (" + g.capaciteit() + " plaatsen)"));
        tabel.kolom("totaal", "Alle groepen");
        bezet.vul(tabel, d -> new Cel.Tekst(d.toString(), Opmaak.dag(d), d.toString()), d -> List.of(), List.of());
        List<Staafgrafiek.Reeks> reeksen = new ArrayList<>();
        Staafgrafiek.Referentie capaciteit = null;
        if (groepen.size() <= Kleuren.aantal()) {
            for (int i = 0; i < groepen.size(); i++) {
                Groep g = groepen.get(i);
                reeksen.add(new Staafgrafiek.Reeks(g.naam(), Kleuren.reeks(i), bezet.rijen().stream().map(d -> bezet.cel(d, g)).toList()));
            }
            Integer gelijk = groepen.stream().map(Groep::capaciteit).distinct().count() == 1 ? groepen.get(0).capaciteit() : null;
            capaciteit = gelijk == null || filter.gemeente() != null ? null
                    : new Staafgrafiek.Referentie(gelijk, "Capaciteit: " + gelijk + " plaatsen per groep");
        } else {
            reeksen.add(new Staafgrafiek.Reeks("Alle groepen", Kleuren.EEN_REEKS, bezet.rijen().stream().map(bezet::rijtotaal).toList()));
        }
        Lijngrafiek grafiek = new Lijngrafiek("grafiek-bezetting", "Bezetting van de startklasgroepen",
                "Lijndiagram: het aantal kinderen in " + (groepen.size() <= Kleuren.aantal() ? "elke startklasgroep" : "alle startklasgroepen samen")
                        + " op de eerste dag van elke maand" + (filter.gemeente() == null ? "." : ", alleen kinderen uit " + filter.gemeente() + "."),
                Assen.dagen(bezet.rijen()), reeksen, capaciteit);
        return new Onderdeel.Ontwerp("Bezetting van de startklas",
                "Hoeveel kinderen er op de eerste dag van elke maand in elke groep zaten: gestart, en nog niet teruggeplaatst of "
                        + "beëindigd (zoals de pagina Groepen telt). Een startklas heeft plaats voor 12 kinderen.", tabel.bouw(), grafiek::svg);
    }

    private Onderdeel.Ontwerp terugplaatsing(MonitorFilter filter) {
        Tabel.Bouwer tabel = new Tabel.Bouwer("terugplaatsing", "Terug naar de moederschool binnen 12 maanden").kolom("kwartaal", "Kwartaal");
        for (Afloop a : Afloop.values()) {
            tabel.kolom(a.name(), a.label());
        }
        tabel.kolom("afgerond", "Afgerond").kolom("procentTerug", "% terug binnen 12 maanden");
        List<Percentage> aandelen = afgerond.rijen().stream().map(k -> new Percentage(afgerond.cel(k, Afloop.TERUG), afgerond.rijtotaal(k)))
                .toList();
        afgerond.vul(tabel, k -> new Cel.Tekst(k.code(), k.label(filter), k.code()), k -> List.of(aandelen.get(afgerond.rijen().indexOf(k))),
                List.of(new Percentage(terug(), afgerond.totaal())));
        Staafgrafiek grafiek = Staafgrafiek.procenten("grafiek-terugplaatsing", "Terug naar de moederschool binnen 12 maanden",
                "Staafdiagram: per kwartaal het deel van de afgeronde startklasplaatsingen dat eindigde met terugplaatsing op de "
                        + "moederschool binnen 12 maanden, tegen de 75% van de pilot.",
                Assen.kwartalen(afgerond.rijen(), filter), new Staafgrafiek.Reeks("% terug", Kleuren.EEN_REEKS, aandelen),
                new Staafgrafiek.Referentie(PILOT_TERUG, "Pilot: 75%"));
        return new Onderdeel.Ontwerp("Terug naar de moederschool",
                "Een plaatsing telt in het kwartaal waarin ze afliep: op de dag van terugplaatsing, van een eerdere beëindiging, "
                        + "of 12 maanden na de start als het kind dan nog niet terug was. Het doel van de startklas is altijd terugkeer "
                        + "binnen een jaar; in de pilot lukte dat voor 75% van de leerlingen.", tabel.bouw(), grafiek::svg);
    }

    private Onderdeel.Ontwerp tlv(MonitorFilter filter, List<Aantal> perMaand) {
        List<YearMonth> maanden = filter.maanden();
        Tabel.Bouwer tabel = new Tabel.Bouwer("tlv-na-startklas", "TLV-aanvragen na de startklas")
                .kolom("maand", "Maand").kolom("aanvragen", "TLV-aanvragen");
        for (int i = 0; i < maanden.size(); i++) {
            YearMonth m = maanden.get(i);
            tabel.rij(new Cel.Tekst(m.toString(), Opmaak.maand(m), m.toString()), List.of(perMaand.get(i)));
        }
        tabel.totaal(List.of(tlv));
        Staafgrafiek grafiek = Staafgrafiek.staand("grafiek-tlv-na-startklas", "TLV-aanvragen na de startklas",
                "Staafdiagram: het aantal TLV-aanvragen per maand voor kinderen in de startklas, wanneer terugplaatsing niet lukte.",
                Assen.maanden(maanden), List.of(new Staafgrafiek.Reeks("TLV-aanvragen", Kleuren.EEN_REEKS, perMaand)), null);
        return new Onderdeel.Ontwerp("TLV-aanvragen na de startklas",
                "Lukt terugplaatsing niet, dan vraagt de moederschool (liefst samen met de startklas) een toelaatbaarheidsverklaring "
                        + "aan voor SBO of SO. Geteld in de maand van de aanvraag.", tabel.bouw(), grafiek::svg);
    }
}
