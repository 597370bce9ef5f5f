package nl.startklaswijzer.web;

import java.util.List;
import nl.startklaswijzer.dossier.Groep;
import nl.startklaswijzer.engine.RuleSetRegistry;

/** The choices the forms offer beyond the codes: rule sets, groups, yes or no, a single checkbox, a number per factor. */
final class Keuzes {

    private Keuzes() {
    }

    /** A number input with the label of what it counts. */
    record Aantal(Veld veld, String label) {
    }

    static List<Keuze> regelsets(RuleSetRegistry registry, Formulier form, String naam) {
        String gekozen = form.getVelden().get(naam).waarde();
        return registry.statuses().stream()
                .filter(s -> s.versie() != null)
                .map(s -> new Keuze(naam, Veld.id(naam) + "-" + s.naam(), s.naam(),
                        s.naam() + (s.standaard() ? " (standaard)" : ""), null,
                        gekozen == null ? s.standaard() : gekozen.equals(s.naam())))
                .toList();
    }

    /** The recorded startklas groups, for a drop-down list; the label says where and how big. */
    static List<Keuze> groepen(List<Groep> groepen, Formulier form, String naam) {
        String gekozen = form.getVelden().get(naam).waarde();
        return groepen.stream()
                .map(g -> new Keuze(naam, Veld.id(naam) + "-" + g.naam(), g.naam(),
                        g.naam() + " (" + g.plaats() + ", " + g.capaciteit() + " plaatsen)", null, g.naam().equals(gekozen)))
                .toList();
    }

    static List<Keuze> jaNee(Formulier form, String naam, String ja, String nee) {
        String gekozen = form.getVelden().get(naam).waarde();
        return List.of(
                new Keuze(naam, Veld.id(naam) + "-ja", "ja", ja, null, "ja".equals(gekozen)),
                new Keuze(naam, Veld.id(naam) + "-nee", "nee", nee, null, !"ja".equals(gekozen)));
    }

    static Keuze vinkje(Formulier form, String naam, String label) {
        return new Keuze(naam, Veld.id(naam), "ja", label, null, form.getVelden().get(naam).waarde() != null);
    }
}
