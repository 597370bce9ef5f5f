package nl.startklaswijzer.domein;

import jakarta.validation.Valid;

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
}
