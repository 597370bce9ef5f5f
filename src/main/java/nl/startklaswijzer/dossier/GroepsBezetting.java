package nl.startklaswijzer.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.startklaswijzer.beveiliging.AuditLog;
import nl.startklaswijzer.beveiliging.Handeling;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Parameter;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.engine.RuleSetRegistry;

/**
 * How full each group is and how it is made up: per complicating factor, how many placed children have it against
 * the limit the default rule set sets for it (groepslimieten). Counts only, never which child.
 */
@ApplicationScoped
public class GroepsBezetting {

    private static final String GROEPSLIMIETEN = "groepslimieten";

    private final Groepen groepen;
    private final RuleSetRegistry registry;
    private final AuditLog audit;

    public GroepsBezetting(Groepen groepen, RuleSetRegistry registry, AuditLog audit) {
        this.groepen = groepen;
        this.registry = registry;
        this.audit = audit;
    }

    /** One factor in a group: how many children have it, the limit if the rule set sets one, and whether it is reached. */
    public record Factor(ComplicerendeFactor factor, long aantal, Integer grens, boolean grensBereikt) {
    }

    public record Bezetting(Groep groep, LocalDate op, int bezet, int vrij, List<Factor> samenstelling) {
    }

    public List<Bezetting> alle(LocalDate op) {
        return groepen.alle().stream().map(g -> bezetting(g, dag(op))).toList();
    }

    public Bezetting van(String naam, LocalDate op) {
        return bezetting(groepen.vind(naam).orElseThrow(() -> Weigering.onbekend("naam", "Er is geen groep '" + naam + "'.")),
                dag(op));
    }

    public Groep maakAan(String door, Groep groep) {
        Groep gemaakt = groepen.maakAan(groep);
        audit.schrijf(door, Handeling.GROEP_AANGEMAAKT, gemaakt.naam(), "capaciteit " + gemaakt.capaciteit());
        return gemaakt;
    }

    private Bezetting bezetting(Groep groep, LocalDate op) {
        List<Groepen.Geplaatst> geplaatst = groepen.geplaatst(groep.naam(), op);
        List<Parameter> grenzen = registry.get(null).parameters().facts().stream()
                .filter(p -> p.getNaam().equals(GROEPSLIMIETEN)).toList();
        List<Factor> samenstelling = Arrays.stream(ComplicerendeFactor.values())
                .map(f -> {
                    long aantal = geplaatst.stream().filter(g -> g.complicerendeFactoren().contains(f)).count();
                    Integer grens = grenzen.stream().filter(p -> p.getFactor() == f).map(Parameter::getGetal).findFirst().orElse(null);
                    return new Factor(f, aantal, grens, grens != null && aantal >= grens);
                })
                .filter(f -> f.aantal() > 0 || f.grens() != null)
                .toList();
        return new Bezetting(groep, op, geplaatst.size(), Math.max(0, groep.capaciteit() - geplaatst.size()), samenstelling);
    }

    private static LocalDate dag(LocalDate op) {
        return op != null ? op : Peildatum.vandaag();
    }
}
