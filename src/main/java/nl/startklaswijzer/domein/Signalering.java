package nl.startklaswijzer.domein;


/** A voorschool's pre-screen of a child around age 3. */
public class Signalering extends OverEenKind {

    private Voorziening voorziening = Voorziening.GEEN;
    private boolean verslaglegging;
    private boolean toestemmingOuders;

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
}
