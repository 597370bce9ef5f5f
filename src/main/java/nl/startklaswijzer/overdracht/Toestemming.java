package nl.startklaswijzer.overdracht;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The parents' consent to one voorschool for the warm handover of one child, as the dossier keeps it: who gave it, on
 * which day and for what, who recorded it and when; after a withdrawal also its day and who recorded that.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Toestemming(long id, String referentie, String organisatie, Toestemmer gegevenDoor, LocalDate datum, List<Doel> voor,
                          String vastgelegdDoor, Instant vastgelegdOp, LocalDate ingetrokkenOp, String ingetrokkenDoor,
                          Instant intrekkingVastgelegdOp) {

    public boolean isActief() {
        return ingetrokkenOp == null;
    }
}
