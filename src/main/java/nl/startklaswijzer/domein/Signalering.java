package nl.startklaswijzer.domein;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A voorschool's pre-screen of a child around age 3. */
@GeboortedatumNietNaPeildatum
public class Signalering implements OverEenKind {

    private LocalDate peildatum = Peildatum.vandaag();

    @NotNull(message = "Het kind is verplicht, met ten minste een geboortedatum.")
    @Valid
    private Kind kind;

    private Voorziening voorziening = Voorziening.GEEN;
    private boolean verslaglegging;
    private boolean toestemmingOuders;
    private String regelset;

    @Override
    public LocalDate getPeildatum() {
        return peildatum;
    }

    public void setPeildatum(LocalDate peildatum) {
        this.peildatum = peildatum != null ? peildatum : Peildatum.vandaag();
    }

    @Override
    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public Voorziening getVoorziening() {
        return voorziening;
    }

    public void setVoorziening(Voorziening voorziening) {
        this.voorziening = voorziening != null ? voorziening : Voorziening.GEEN;
    }

    public boolean isVerslaglegging() {
        return verslaglegging;
    }

    public void setVerslaglegging(Boolean verslaglegging) {
        this.verslaglegging = Boolean.TRUE.equals(verslaglegging);
    }

    public boolean isToestemmingOuders() {
        return toestemmingOuders;
    }

    public void setToestemmingOuders(Boolean toestemmingOuders) {
        this.toestemmingOuders = Boolean.TRUE.equals(toestemmingOuders);
    }

    @Override
    public String getRegelset() {
        return regelset;
    }

    public void setRegelset(String regelset) {
        this.regelset = regelset;
    }
}
