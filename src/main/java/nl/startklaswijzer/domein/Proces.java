package nl.startklaswijzer.domein;

/** Where the case stands in the process; anything not given counts as "not yet". */
public class Proces {

    private boolean knooppuntGehouden;
    private boolean toestemmingOuders;

    public boolean isKnooppuntGehouden() {
        return knooppuntGehouden;
    }

    public void setKnooppuntGehouden(Boolean knooppuntGehouden) {
        this.knooppuntGehouden = Boolean.TRUE.equals(knooppuntGehouden);
    }

    public boolean isToestemmingOuders() {
        return toestemmingOuders;
    }

    public void setToestemmingOuders(Boolean toestemmingOuders) {
        this.toestemmingOuders = Boolean.TRUE.equals(toestemmingOuders);
    }
}
