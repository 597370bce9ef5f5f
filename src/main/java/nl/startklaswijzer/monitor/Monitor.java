package nl.startklaswijzer.monitor;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The monitor for policy owners: what the recorded advices and decisions add up to, for a period, a rule set and a
 * municipality. Counts only, never a single case; every count below 5 is hidden, and so is every count from which one
 * could be worked out (see {@link Afscherming}).
 */
@ApplicationScoped
public class Monitor {

    private final MonitorLezer lezer;

    public Monitor(MonitorLezer lezer) {
        this.lezer = lezer;
    }

    /** The monitor's parts in the order the page shows them. */
    public record Rapport(MonitorFilter filter, List<Onderdeel> onderdelen) {

        public Optional<Onderdeel> onderdeel(String code) {
            return onderdelen.stream().filter(o -> o.code().equals(code)).findFirst();
        }

        public List<String> codes() {
            return onderdelen.stream().map(Onderdeel::code).toList();
        }
    }

    public Rapport rapport(MonitorFilter filter, LocalDate vandaag) {
        MonitorGegevens gegevens = lezer.lees(filter, vandaag);
        Afscherming afscherming = new Afscherming();
        AdviesOnderdelen adviezen = new AdviesOnderdelen(afscherming, gegevens, filter);
        BesluitOnderdelen besluiten = new BesluitOnderdelen(afscherming, gegevens, filter);
        StartklasOnderdelen startklas = new StartklasOnderdelen(afscherming, gegevens, filter);
        GemeenteOnderdeel gemeenten = new GemeenteOnderdeel(afscherming, gegevens, adviezen, besluiten, startklas);
        List<Onderdeel.Ontwerp> ontwerpen = new ArrayList<>();
        ontwerpen.add(Kerncijfers.ontwerp(afscherming, gegevens.kinderen(), adviezen, besluiten, startklas, gemeenten));
        ontwerpen.addAll(adviezen.ontwerpen());
        ontwerpen.addAll(besluiten.ontwerpen());
        ontwerpen.addAll(startklas.ontwerpen());
        ontwerpen.add(adviezen.perGemeenteOntwerp());
        ontwerpen.add(gemeenten.ontwerp());
        afscherming.pasToe();
        return new Rapport(filter, ontwerpen.stream().map(Onderdeel.Ontwerp::teken).toList());
    }
}
