package nl.startklaswijzer.engine.scenario;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.domein.ActieCode;
import nl.startklaswijzer.domein.Oordeel;
import nl.startklaswijzer.domein.Signaal;
import nl.startklaswijzer.domein.Uitkomst;

/**
 * What a policy owner expects of a scenario. The lists of reasons (rule ids) and actions (codes) are complete:
 * a rule that is not named must not apply. Texts are checked as fragments, dates per action code (steps towards an
 * arrangement from the catalogue included); the start date is the advice's. When arrangementen is given, it is the
 * complete list of the advice's arrangements, by code, with their verdicts. When watZouVeranderen is given, each
 * arrangement it names must become fitting with exactly these smallest sets of changes (by code), and no others.
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
        Map<ActieCode, LocalDate> data,
        Map<String, Oordeel> arrangementen,
        Map<String, List<List<String>>> watZouVeranderen) {

    public Verwachting {
        redenen = redenen == null ? List.of() : redenen;
        acties = acties == null ? List.of() : acties;
        teksten = teksten == null ? Map.of() : teksten;
        data = data == null ? Map.of() : data;
        arrangementen = arrangementen == null ? null : new LinkedHashMap<>(arrangementen);
    }
}
