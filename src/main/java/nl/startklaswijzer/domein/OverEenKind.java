package nl.startklaswijzer.domein;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A request about one child on a peildatum: an advice or a pre-screen. */
@GeboortedatumNietNaPeildatum
public abstract class OverEenKind {

    /** The date the answer is for; today when not given. */
    private LocalDate peildatum = Peildatum.vandaag();

    @NotNull(message = "Het kind is verplicht, met ten minste een geboortedatum.")
    @Valid
    private Kind kind;

    /** The rule set to use; null means the configured default. */
    private String regelset;

    public LocalDate getPeildatum() {
        return peildatum;
    }

    public void setPeildatum(LocalDate peildatum) {
        this.peildatum = peildatum != null ? peildatum : Peildatum.vandaag();
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public String getRegelset() {
        return regelset;
    }

    public void setRegelset(String regelset) {
        this.regelset = regelset;
    }
}
