package nl.startklaswijzer.dossier;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.startklaswijzer.domein.Arrangement;
import nl.startklaswijzer.domein.RegelsetVersie;
import nl.startklaswijzer.domein.Uitkomst;

/**
 * A child's dossier under its pseudonymous reference: the recorded advices (newest first), the decisions, the
 * placement and its follow-up agenda. {@code versie} goes up with every change; a decision names the version it was
 * made on, so that two people deciding at once cannot overwrite each other.
 */
public record Dossier(String referentie, int versie, Instant aangemaakt, LocalDate bewarenTot,
                      List<AdviesRegel> adviezen, List<Besluit> besluiten, Plaatsing plaatsing, List<AgendaItem> agenda) {

    /** A recorded advice as the dossier lists it. */
    public record AdviesRegel(long id, Instant tijdstip, String gebruiker, RegelsetVersie regelset, LocalDate peildatum,
                              Uitkomst uitkomst) {
    }

    /** A recorded advice in full: the case as it was sent and the advice as it was given. */
    public record VastgelegdAdvies(long id, String referentie, Instant tijdstip, String gebruiker, RegelsetVersie regelset,
                                   LocalDate peildatum, LocalDate vandaag, Uitkomst uitkomst,
                                   @JsonRawValue String casus, @JsonRawValue String advies) {
    }

    /** What the knooppunt decided, who were there, and why where it departs from the advice. */
    public record Besluit(long id, long adviesId, LocalDate datum, Arrangement arrangement, LocalDate startdatum, String groep,
                          List<Deelnemer> aanwezig, boolean wijktAfVanAdvies, String motivatie, String gebruiker,
                          Instant tijdstip, Afwijkingsreden afwijkingsreden) {
    }

    public record AgendaItem(long id, String referentie, AgendaSoort soort, String omschrijving, LocalDate datum,
                             Instant gedaanOp, String gedaanDoor) {
    }
}
