package nl.startklaswijzer.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.startklaswijzer.engine.Parameters;

/**
 * The follow-up a placement needs, with the rule set's own numbers: the IB-er's evaluation every so many weeks and the
 * moederschool's observations spread over the year, both while the child is in the startklas; the latest return date;
 * and, after the return, the end of the aftercare.
 */
final class AgendaPlanner {

    record Gepland(AgendaSoort soort, LocalDate datum) {
    }

    private AgendaPlanner() {
    }

    static List<Gepland> plan(Plaatsing plaatsing, Parameters parameters) {
        int weken = getal(parameters, "evaluatieIbInWeken");
        int observaties = getal(parameters, "observatiesPerJaar");
        int maanden = getal(parameters, "maximaleVerblijfsduurInMaanden");
        int nazorg = getal(parameters, "nazorgInWeken");
        LocalDate start = plaatsing.startdatum();
        LocalDate uiterlijk = start.plusMonths(maanden);
        LocalDate einde = plaatsing.geeindigdOp() != null ? plaatsing.geeindigdOp() : uiterlijk;
        List<Gepland> plan = new ArrayList<>();
        for (LocalDate d = start.plusWeeks(weken); !d.isAfter(einde); d = d.plusWeeks(weken)) {
            plan.add(new Gepland(AgendaSoort.EVALUATIE_IB, d));
        }
        for (int i = 1; i <= observaties; i++) {
            LocalDate d = start.plusDays(365L * i / (observaties + 1));
            if (!d.isAfter(einde)) {
                plan.add(new Gepland(AgendaSoort.OBSERVATIE_MOEDERSCHOOL, d));
            }
        }
        if (plaatsing.geeindigdOp() == null) {
            plan.add(new Gepland(AgendaSoort.TERUGPLAATSING, uiterlijk));
        }
        if (plaatsing.teruggeplaatstOp() != null) {
            plan.add(new Gepland(AgendaSoort.NAZORG, plaatsing.teruggeplaatstOp().plusWeeks(nazorg)));
        }
        return plan;
    }

    private static int getal(Parameters parameters, String naam) {
        return parameters.all().stream().filter(p -> p.getNaam().equals(naam)).findFirst()
                .orElseThrow(() -> new IllegalStateException("De regelset mist de parameter " + naam + "."))
                .getGetal();
    }
}
