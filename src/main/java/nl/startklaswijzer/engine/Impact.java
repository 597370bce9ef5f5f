package nl.startklaswijzer.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.startklaswijzer.domein.Actie;
import nl.startklaswijzer.domein.Reden;
import nl.startklaswijzer.domein.RegelsetVersie;

/**
 * What a change to a rule set would do before it goes live: per case whose advice changes, the old and new
 * outcome and the reasons and actions added and removed, and how many cases stay the same.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Impact(RegelsetVersie oud, RegelsetVersie nieuw, boolean geldig, List<CompileError> fouten,
                     List<Wijziging> gewijzigd, int ongewijzigd, CaseloadImpact.Praktijk praktijk) {

    /** A candidate that does not compile changes nothing yet: only its errors. */
    static Impact ongeldig(RegelsetVersie oud, RegelsetVersie nieuw, List<CompileError> fouten) {
        return new Impact(oud, nieuw, false, fouten, List.of(), 0, null);
    }

    /** The same impact on the scenarios, with what the change would do to the recorded caseload beside it. */
    public Impact metPraktijk(CaseloadImpact.Praktijk praktijk) {
        return new Impact(oud, nieuw, geldig, fouten, gewijzigd, ongewijzigd, praktijk);
    }

    /** A draft stopped at the candidate limits while it ran over the recorded caseload. */
    public Impact gestopt(String melding) {
        return ongeldig(oud, nieuw, List.of(new CompileError(null, null, "Bij de vastgelegde casussen: " + melding)));
    }

    /** One case whose advice the change alters. A reason whose text changes is one removed and one added. */
    public record Wijziging(String casus, String oudeUitkomst, String nieuweUitkomst, List<Reden> redenenErbij,
                            List<Reden> redenenEraf, List<Actie> actiesErbij, List<Actie> actiesEraf) {
    }
}
