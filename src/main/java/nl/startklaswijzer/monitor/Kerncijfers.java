package nl.startklaswijzer.monitor;

import java.util.List;
import nl.startklaswijzer.domein.Arrangement;

/**
 * The figures the regional plans measure their policy by, in one table: the same counts the other parts show, so
 * that a count hidden there is hidden here too. Each names what it compares with, where the plans name a figure.
 */
final class Kerncijfers {

    private static final Cel GEEN = new Cel.Tekst(null, "", "");

    private Kerncijfers() {
    }

    static Onderdeel.Ontwerp ontwerp(Afscherming afscherming, long kinderen, AdviesOnderdelen adviezen, BesluitOnderdelen besluiten,
                                     StartklasOnderdelen startklas, GemeenteOnderdeel gemeenten) {
        Aantal alleBesluiten = besluiten.totaal();
        Tabel.Bouwer tabel = new Tabel.Bouwer("kerncijfers", "Kerncijfers").kolom("kerncijfer", "Kerncijfer").kolom("aantal", "Aantal")
                .kolom("procent", "Percentage").kolom("vergelijking", "Ter vergelijking");
        rij(tabel, "ADVIEZEN", "Vastgelegde adviezen", adviezen.totaal(), GEEN, "");
        rij(tabel, "KINDEREN", "Kinderen met een vastgelegd advies", afscherming.aantal(kinderen), GEEN, "");
        rij(tabel, "BESLUITEN", "Besluiten van het knooppunt", alleBesluiten, GEEN, "");
        rij(tabel, "GEVOLGD", "Besluiten die het advies volgen", besluiten.gevolgd(), new Percentage(besluiten.gevolgd(), alleBesluiten), "");
        rij(tabel, "REGULIER", "Besluiten voor regulier onderwijs (moederschool, arrangement of startklas)", besluiten.regulier(),
                new Percentage(besluiten.regulier(), alleBesluiten), "Ambitie 2028: 97% van alle leerlingen regulier en thuisnabij");
        Aantal moederschool = besluiten.voor(Arrangement.MOEDERSCHOOL);
        rij(tabel, "MOEDERSCHOOL", "Besluiten voor de eigen moederschool (thuisnabij)", moederschool,
                new Percentage(moederschool, alleBesluiten), "");
        Aantal specialistisch = besluiten.voor(Arrangement.SPECIALISTISCH);
        rij(tabel, "SPECIALISTISCH", "Besluiten voor een specialistische route (zoals SBO of SO)", specialistisch,
                new Percentage(specialistisch, alleBesluiten), "");
        rij(tabel, "GESTART", "Plaatsingen in de startklas gestart", gemeenten.gestart(), GEEN, "");
        rij(tabel, "TERUG_BINNEN_12_MAANDEN", "Afgeronde plaatsingen met terugplaatsing binnen 12 maanden", startklas.terug(),
                new Percentage(startklas.terug(), startklas.afgerond()), "Pilot: 75% effectief");
        rij(tabel, "TLV_NA_STARTKLAS", "TLV-aanvragen na de startklas", startklas.tlv(), GEEN, "");
        return new Onderdeel.Ontwerp("Kerncijfers",
                "Wat de regionale plannen meten, voor zover de vastgelegde dossiers het laten zien: de deelname aan regulier en "
                        + "specialistisch onderwijs onder de besproken kinderen, het effect van de startklas en de TLV-aanvragen. "
                        + "Percentages van de besluiten zijn van alle besluiten in de periode; dat van de terugplaatsing is van de "
                        + "plaatsingen die in de periode afliepen.", tabel.bouw(), null);
    }

    private static void rij(Tabel.Bouwer tabel, String code, String label, Aantal aantal, Cel procent, String vergelijking) {
        tabel.rij(Cel.Tekst.van(code, label), List.of(aantal, procent, new Cel.Tekst(vergelijking.isEmpty() ? null : vergelijking,
                vergelijking, vergelijking)));
    }
}
