package nl.startklaswijzer.engine.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.domein.ActieCode;
import nl.startklaswijzer.domein.Signaal;
import nl.startklaswijzer.domein.Uitkomst;

/**
 * What a policy owner expects of a scenario. The lists of reasons (rule ids) and actions (codes) are complete:
 * a rule that is not named must not apply. Texts are checked as fragments, dates per action code; the start date
 * is the advice's.
 */
public record Verwachting(
        Uitkomst uitkomst,
        Signaal signaal,
        LocalDate knooppuntRond,
        LocalDate inschrijvenNietVoor,
        LocalDate startdatum,
        List<String> redenen,
        List<ActieCode> acties,
        Map<String, String> teksten,
        Map<ActieCode, LocalDate> data) {

    public Verwachting {
        redenen = redenen == null ? List.of() : redenen;
        acties = acties == null ? List.of() : acties;
        teksten = teksten == null ? Map.of() : teksten;
        data = data == null ? Map.of() : data;
    }
}
