package nl.startklaswijzer.domein;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import java.time.LocalDate;

/** One child's case as a knooppunt discusses it. */
public class Casus extends OverEenKind {

    @Valid
    private Moederschool moederschool;

    @Valid
    private Startklas startklas;

    @Valid
    private Proces proces = new Proces();

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

    // Below: the vocabulary the rule files use; not part of the JSON.

    /**
     * The day an arrangement for children from the given age can start: the peildatum, or the day the child reaches
     * that age if it is younger on the peildatum. Every deadline of such an arrangement counts from this day.
     */
    public LocalDate startVanafLeeftijdInMaanden(int maanden) {
        LocalDate opLeeftijd = getKind().datumOpLeeftijdInMaanden(maanden);
        return opLeeftijd.isAfter(getPeildatum()) ? opLeeftijd : getPeildatum();
    }

    /** The child's age on the peildatum, which the rules weigh. */
    @JsonIgnore
    public Leeftijd getLeeftijd() {
        return getKind().leeftijdOp(getPeildatum());
    }

    /** The child's support needs that the moederschool's SOP does not cover: all of them when that is not known. */
    @JsonIgnore
    public Behoeften getNietGedekt() {
        return moederschool != null ? moederschool.nietGedekt(getKind().getOndersteuningsbehoeften())
                : new Behoeften(getKind().getOndersteuningsbehoeften());
    }
}
