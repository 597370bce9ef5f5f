package nl.startklaswijzer.monitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.domein.Arrangement;

/**
 * The key figures per municipality: advices, decisions and their share for regular education, startklas placements
 * started and ended, returns within 12 months, and TLV requests. Each column adds up to the figure the other parts show
 * for all municipalities together, and the small-numbers check knows it.
 */
final class GemeenteOnderdeel {

    private final Aantal gestart;
    private final Onderdeel.Ontwerp ontwerp;

    GemeenteOnderdeel(Afscherming afscherming, MonitorGegevens gegevens, AdviesOnderdelen adviezen, BesluitOnderdelen besluiten,
                      StartklasOnderdelen startklas) {
        Tabel.Bouwer tabel = new Tabel.Bouwer("gemeenten", "Kerncijfers per gemeente").kolom("gemeente", "Gemeente")
                .kolom("adviezen", "Adviezen").kolom("besluiten", "Besluiten").kolom("procentRegulier", "% besluiten regulier")
                .kolom("gestart", "Gestart in de startklas").kolom("afgerond", "Plaatsingen afgerond")
                .kolom("terug", "Terug binnen 12 maanden").kolom("procentTerug", "% terug").kolom("tlv", "TLV-aanvragen");
        Map<String, Aantal> perGemeente = adviezen.perGemeente();
        List<List<Aantal>> perArrangement = Arrays.stream(Arrangement.values()).map(a -> (List<Aantal>) new ArrayList<Aantal>()).toList();
        List<Aantal> besloten = new ArrayList<>();
        List<Aantal> regulier = new ArrayList<>();
        List<Aantal> gestartPer = new ArrayList<>();
        List<Aantal> afgerond = new ArrayList<>();
        List<Aantal> terug = new ArrayList<>();
        List<Aantal> tlv = new ArrayList<>();
        for (String g : perGemeente.keySet()) {
            // What was decided for this municipality per arrangement is not shown, but its sums are.
            List<Aantal> arrangementen = Arrays.stream(Arrangement.values()).map(a -> afscherming.afleidbaar(gegevens.besluiten().stream()
                    .filter(b -> b.gemeente().equals(g) && b.besluit() == a).mapToLong(MonitorGegevens.Besluiten::aantal).sum())).toList();
            for (int i = 0; i < arrangementen.size(); i++) {
                perArrangement.get(i).add(arrangementen.get(i));
            }
            Aantal db = afscherming.somVan(arrangementen);
            Aantal reg = BesluitOnderdelen.regulier(afscherming, arrangementen, db);
            Aantal gs = afscherming.aantal(gegevens.gestart().getOrDefault(g, 0L));
            Aantal af = afscherming.aantal(gegevens.afgerond().stream().filter(a -> a.gemeente().equals(g))
                    .mapToLong(MonitorGegevens.Afgerond::aantal).sum());
            Aantal tr = afscherming.aantal(gegevens.afgerond().stream().filter(a -> a.gemeente().equals(g) && a.afloop() == Afloop.TERUG)
                    .mapToLong(MonitorGegevens.Afgerond::aantal).sum());
            afscherming.som(List.of(tr, afscherming.afleidbaar(af.waarde() - tr.waarde())), af);
            Aantal t = afscherming.aantal(gegevens.tlv().stream().filter(a -> a.gemeente().equals(g))
                    .mapToLong(MonitorGegevens.Tlv::aantal).sum());
            besloten.add(db);
            regulier.add(reg);
            gestartPer.add(gs);
            afgerond.add(af);
            terug.add(tr);
            tlv.add(t);
            tabel.rij(Gemeenten.kop(g), List.of(perGemeente.get(g), db, new Percentage(reg, db), gs, af, tr, new Percentage(tr, af), t));
        }
        for (Arrangement a : Arrangement.values()) {
            afscherming.som(perArrangement.get(a.ordinal()), besluiten.voor(a));
        }
        afscherming.som(besloten, besluiten.totaal());
        afscherming.som(regulier, besluiten.regulier());
        afscherming.som(afgerond, startklas.afgerond());
        afscherming.som(terug, startklas.terug());
        afscherming.som(tlv, startklas.tlv());
        gestart = afscherming.somVan(gestartPer);
        tabel.totaal(List.of(adviezen.totaal(), besluiten.totaal(), new Percentage(besluiten.regulier(), besluiten.totaal()), gestart,
                startklas.afgerond(), startklas.terug(), new Percentage(startklas.terug(), startklas.afgerond()), startklas.tlv()));
        ontwerp = new Onderdeel.Ontwerp("Per gemeente",
                "De kerncijfers per gemeente van het kind. Besluiten tellen bij de gemeente van het advies waarop ze volgen, "
                        + "plaatsingen bij die van het advies waarop de plaatsing volgde. 'Onbekend': de casus noemt geen gemeente.",
                tabel.bouw(), null);
    }

    Onderdeel.Ontwerp ontwerp() {
        return ontwerp;
    }

    /** Startklas placements started in the period. */
    Aantal gestart() {
        return gestart;
    }
}
