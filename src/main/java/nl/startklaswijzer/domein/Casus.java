package nl.startklaswijzer.domein;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** One child's case as a knooppunt discusses it. */
@GeboortedatumNietNaPeildatum
public class Casus implements OverEenKind {

    /** The intended start date the advice is for. */
    private LocalDate peildatum = Peildatum.vandaag();

    @NotNull(message = "Het kind is verplicht, met ten minste een geboortedatum.")
    @Valid
    private Kind kind;

    @Valid
    private Moederschool moederschool;

    @Valid
    private Startklas startklas;

    @Valid
    private Proces proces = new Proces();

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

    public Moederschool getMoederschool() {
        return moederschool;
    }

    public void setMoederschool(Moederschool moederschool) {
        this.moederschool = moederschool;
    }

    public Startklas getStartklas() {
        return startklas;
    }

    public void setStartklas(Startklas startklas) {
        this.startklas = startklas;
    }

    public Proces getProces() {
        return proces;
    }

    public void setProces(Proces proces) {
        this.proces = proces != null ? proces : new Proces();
    }

    @Override
    public String getRegelset() {
        return regelset;
    }

    public void setRegelset(String regelset) {
        this.regelset = regelset;
    }
}
