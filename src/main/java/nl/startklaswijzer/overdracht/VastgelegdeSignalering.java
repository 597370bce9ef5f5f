package nl.startklaswijzer.overdracht;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;
import nl.startklaswijzer.beveiliging.Organisatie;
import nl.startklaswijzer.domein.RegelsetVersie;
import nl.startklaswijzer.domein.Signaal;
import nl.startklaswijzer.domein.Signalering;
import nl.startklaswijzer.domein.SignaleringsAdvies;
import nl.startklaswijzer.domein.Voorziening;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A pre-screen recorded in a child's dossier: which voorschool and who recorded it when, the voorziening, the date, the
 * signal with its dates and the rule-set version; and in full the request ({@code signalering}) and the answer
 * ({@code uitslag}) as they were. An overview leaves those two out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VastgelegdeSignalering(long id, String referentie, Organisatie voorschool, Instant tijdstip, String gebruiker,
                                     LocalDate peildatum, Voorziening voorziening, Signaal signaal, LocalDate knooppuntRond,
                                     LocalDate inschrijvenNietVoor, RegelsetVersie regelset,
                                     @JsonRawValue @Schema(implementation = Signalering.class) String signalering,
                                     @JsonRawValue @Schema(implementation = SignaleringsAdvies.class) String uitslag) {
}
