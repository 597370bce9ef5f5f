package nl.startklaswijzer.monitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import nl.startklaswijzer.domein.Arrangement;
import nl.startklaswijzer.domein.Uitkomst;
import nl.startklaswijzer.dossier.Afwijkingsreden;

/**
 * The parts about the knooppunt's decisions: whether they follow the advice, why they depart from it, and how many
 * are for regular education (the region's ambition: 97% in 2028).
 */
final class BesluitOnderdelen {

    /** The region's ambition: 97% of pupils in regular education, close to home, by 2028. */
    static final double AMBITIE_REGULIER = 97;
    private static final List<Arrangement> REGULIER = List.of(Arrangement.MOEDERSCHOOL, Arrangement.REGULIER_MET_ARRANGEMENT,
            Arrangement.STARTKLAS);
    private static final List<Boolean> GEVOLGD_AFGEWEKEN = List.of(false, true);

    private final Kruistabel<Uitkomst, Boolean> naarAdvies;
    private final Kruistabel<Kwartaal, Arrangement> perKwartaal;
    private final Aantal regulier;
    private final List<Onderdeel.Ontwerp> ontwerpen = new ArrayList<>();

    BesluitOnderdelen(Afscherming afscherming, MonitorGegevens gegevens, MonitorFilter filter) {
        naarAdvies = Kruistabel.metTotalen(afscherming, List.of(Uitkomst.values()), GEVOLGD_AFGEWEKEN,
                (u, afwijkend) -> tel(gegevens, b -> b.advies() == u && b.wijktAf() == afwijkend));
        perKwartaal = Kruistabel.metTotalen(afscherming, filter.kwartalen(), List.of(Arrangement.values()),
                (k, a) -> tel(gegevens, b -> Kwartaal.van(b.maand()).equals(k) && b.besluit() == a));
        afscherming.som(List.of(perKwartaal.totaal()), naarAdvies.totaal());
        regulier = regulier(afscherming, perKwartaal.kolomtotalen(), perKwartaal.totaal());

        ontwerpen.add(naarAdvies());
        ontwerpen.add(redenen(afscherming, gegevens));
        ontwerpen.add(perKwartaal(afscherming, filter));
    }

    List<Onderdeel.Ontwerp> ontwerpen() {
        return ontwerpen;
    }

    Aantal totaal() {
        return naarAdvies.totaal();
    }

    Aantal gevolgd() {
        return naarAdvies.kolomtotaal(false);
    }

    /** Decisions for the moederschool, a regular school with an arrangement, or the startklas (part of regular education). */
    Aantal regulier() {
        return regulier;
    }

    Aantal voor(Arrangement arrangement) {
        return perKwartaal.kolomtotaal(arrangement);
    }

    /**
     * The decisions for regular education among {@code perArrangement} (in the order of the arrangements), shown as a
     * share of {@code totaal}: a count of its own in two sums, so that a small number of specialised decisions cannot be
     * read from the share.
     */
    static Aantal regulier(Afscherming afscherming, List<Aantal> perArrangement, Aantal totaal) {
        List<Aantal> regulier = REGULIER.stream().map(a -> perArrangement.get(a.ordinal())).toList();
        Aantal aantal = afscherming.somVan(regulier);
        afscherming.som(List.of(aantal, perArrangement.get(Arrangement.SPECIALISTISCH.ordinal())), totaal);
        return aantal;
    }

    private Onderdeel.Ontwerp naarAdvies() {
        Tabel.Bouwer tabel = new Tabel.Bouwer("besluiten-en-advies", "Besluiten: het advies gevolgd of niet")
                .kolom("advies", "Uitkomst van het advies").kolom("gevolgd", "Gevolgd").kolom("afgeweken", "Afgeweken")
                .kolom("totaal", "Besluiten").kolom("procentGevolgd", "% gevolgd");
        naarAdvies.vul(tabel, u -> Cel.Tekst.van(u.name(), Opmaak.hoofdletter(u.label())),
                u -> List.of(new Percentage(naarAdvies.cel(u, false), naarAdvies.rijtotaal(u))),
                List.of(new Percentage(gevolgd(), naarAdvies.totaal())));
        Staafgrafiek grafiek = Staafgrafiek.liggend("grafiek-besluiten-en-advies", "Besluiten: het advies gevolgd of niet",
                "Liggend staafdiagram: per uitkomst van het advies het aantal besluiten van het knooppunt dat het advies volgt en "
                        + "dat ervan afwijkt.",
                naarAdvies.rijen().stream().map(u -> Staafgrafiek.Categorie.van(Opmaak.hoofdletter(u.label()))).toList(),
                List.of(new Staafgrafiek.Reeks("Gevolgd", Kleuren.GEVOLGD, kolom(naarAdvies, false)),
                        new Staafgrafiek.Reeks("Afgeweken", Kleuren.AFGEWEKEN, kolom(naarAdvies, true))),
                naarAdvies.rijen().stream().map(naarAdvies::rijtotaal).toList());
        return new Onderdeel.Ontwerp("Besluiten en het advies",
                "Elk besluit van het knooppunt in de periode, naast het advies waarop het volgde. Een besluit wijkt af als het "
                        + "een ander arrangement kiest dan het advies (startklas en startklas-bespreken zijn allebei de startklas). "
                        + "Het knooppunt beslist; afwijken kan in het belang van het kind.", tabel.bouw(), grafiek::svg);
    }

    /** The departures by their reason; those recorded without one, or before the list existed, have a row of their own. */
    private Onderdeel.Ontwerp redenen(Afscherming afscherming, MonitorGegevens gegevens) {
        List<Afwijkingsreden> redenen = new ArrayList<>(Arrays.asList(Afwijkingsreden.values()));
        redenen.add(null);
        Aantal afgeweken = naarAdvies.kolomtotaal(true);
        Tabel.Bouwer tabel = new Tabel.Bouwer("afwijkingen-per-reden", "Afwijkingen van het advies, naar reden")
                .kolom("reden", "Reden van afwijking").kolom("besluiten", "Besluiten").kolom("procent", "% van de afwijkingen");
        List<Aantal> aantallen = new ArrayList<>();
        List<Staafgrafiek.Categorie> categorieen = new ArrayList<>();
        for (Afwijkingsreden reden : redenen) {
            Aantal a = afscherming.aantal(tel(gegevens, b -> b.wijktAf() && b.reden() == reden));
            aantallen.add(a);
            String label = reden == null ? "Geen reden gekozen" : Opmaak.hoofdletter(reden.label());
            categorieen.add(Staafgrafiek.Categorie.van(label));
            tabel.rij(Cel.Tekst.van(reden == null ? null : reden.name(), label), List.of(a, new Percentage(a, afgeweken)));
        }
        afscherming.som(aantallen, afgeweken);
        tabel.totaal(List.of(afgeweken, new Percentage(afgeweken, afgeweken)));
        Staafgrafiek grafiek = Staafgrafiek.liggend("grafiek-afwijkingen-per-reden", "Afwijkingen van het advies, naar reden",
                "Liggend staafdiagram: het aantal besluiten dat afwijkt van het advies, per reden die het knooppunt koos.",
                categorieen, List.of(new Staafgrafiek.Reeks("Besluiten", Kleuren.AFGEWEKEN, aantallen)), null);
        return new Onderdeel.Ontwerp("Afwijkingen naar reden",
                "De reden die het knooppunt bij een afwijkend besluit koos uit een vaste lijst. 'Geen reden gekozen': een "
                        + "besluit met alleen een motivatie, of vastgelegd voordat er een lijst was.", tabel.bouw(), grafiek::svg);
    }

    private Onderdeel.Ontwerp perKwartaal(Afscherming afscherming, MonitorFilter filter) {
        Tabel.Bouwer tabel = new Tabel.Bouwer("regulier-per-kwartaal", "Besluiten voor regulier onderwijs per kwartaal")
                .kolom("kwartaal", "Kwartaal");
        Arrays.stream(Arrangement.values()).forEach(a -> tabel.kolom(a.name(), a.naam()));
        tabel.kolom("totaal", "Besluiten").kolom("procentRegulier", "% regulier");
        List<Percentage> aandelen = perKwartaal.rijen().stream()
                .map(k -> new Percentage(regulier(afscherming, perKwartaal.regel(k), perKwartaal.rijtotaal(k)), perKwartaal.rijtotaal(k)))
                .toList();
        perKwartaal.vul(tabel, k -> new Cel.Tekst(k.code(), k.label(filter), k.code()),
                k -> List.of(aandelen.get(perKwartaal.rijen().indexOf(k))), List.of(new Percentage(regulier, perKwartaal.totaal())));
        Staafgrafiek grafiek = Staafgrafiek.procenten("grafiek-regulier-per-kwartaal", "Besluiten voor regulier onderwijs per kwartaal",
                "Staafdiagram: per kwartaal het deel van de besluiten van het knooppunt dat kiest voor de moederschool, regulier "
                        + "onderwijs met een arrangement of de startklas, tegen de ambitie van 97%.",
                Assen.kwartalen(perKwartaal.rijen(), filter), new Staafgrafiek.Reeks("% regulier", Kleuren.EEN_REEKS, aandelen),
                new Staafgrafiek.Referentie(AMBITIE_REGULIER, "Ambitie 2028: 97%"));
        return new Onderdeel.Ontwerp("Besluiten voor regulier onderwijs",
                "Het deel van de besluiten dat kiest voor regulier onderwijs: de moederschool, een arrangement op een reguliere "
                        + "school, of de startklas (die hoort bij het regulier onderwijs). De regionale ontwikkelagenda streeft naar "
                        + "97% van alle leerlingen in regulier, thuisnabij onderwijs in 2028; hier gaat het alleen om de kinderen die "
                        + "in het knooppunt zijn besproken, dus ter vergelijking en niet als dezelfde maat.", tabel.bouw(), grafiek::svg);
    }

    private static List<Aantal> kolom(Kruistabel<Uitkomst, Boolean> tabel, boolean afgeweken) {
        return tabel.rijen().stream().map(u -> tabel.cel(u, afgeweken)).toList();
    }

    private static long tel(MonitorGegevens gegevens, Predicate<MonitorGegevens.Besluiten> welke) {
        return gegevens.besluiten().stream().filter(welke).mapToLong(MonitorGegevens.Besluiten::aantal).sum();
    }
}
