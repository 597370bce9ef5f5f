package nl.startklaswijzer.domein;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A process step to take, with the date it must be done by where the policy sets one, and the rule behind it. */
@JsonPropertyOrder({"code", "tekst", "uiterlijk", "regel", "bron", "status"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Actie {

    private final ActieCode code;
    private final String tekst;
    private final LocalDate uiterlijk;
    private final String regel;
    private final String bron;
    private final Status status;

    public Actie(ActieCode code, String tekst, LocalDate uiterlijk, String regel, String bron, Status status) {
        this.code = code;
        this.tekst = tekst;
        this.uiterlijk = uiterlijk;
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
