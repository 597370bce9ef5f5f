package nl.startklaswijzer.domein;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A process step to take, with the date it must be done by where the policy sets one, who takes it where the rule
 * says, and the rule behind it. A step towards an arrangement from the catalogue names that arrangement.
 */
@JsonPropertyOrder({"code", "tekst", "wie", "uiterlijk", "regel", "bron", "status"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Actie {

    private final ActieCode code;
    private final String tekst;
    private final LocalDate uiterlijk;
    private final String wie;
    /** Not in JSON (its getter is ignored), so not in the API document either. */
    @Schema(hidden = true)
    private final String aanbod;
    private final String regel;
    private final String bron;
    private final Status status;

    public Actie(ActieCode code, String tekst, LocalDate uiterlijk, String wie, String aanbod, String regel, String bron,
                 Status status) {
        this.code = code;
        this.tekst = tekst;
        this.uiterlijk = uiterlijk;
        this.wie = wie;
        this.aanbod = aanbod;
        this.regel = regel;
        this.bron = bron;
        this.status = status;
    }

    public ActieCode getCode() {
        return code;
    }

    public String getTekst() {
        return tekst;
    }

    public LocalDate getUiterlijk() {
        return uiterlijk;
    }

    /** Who takes the step, where the rule names it. */
    public String getWie() {
        return wie;
    }

    /** The code of the arrangement from the catalogue this step leads to; null for a step of the advice itself. */
    @JsonIgnore
    public String getAanbod() {
        return aanbod;
    }

    public String getRegel() {
        return regel;
    }

    public String getBron() {
        return bron;
    }

    public Status getStatus() {
        return status;
    }
}
