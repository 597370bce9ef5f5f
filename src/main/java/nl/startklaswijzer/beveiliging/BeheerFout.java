package nl.startklaswijzer.beveiliging;

/** A change to the users that cannot be made, naming the field it is about: a 400, or a 404 for an unknown user. */
public class BeheerFout extends RuntimeException {

    private final String veld;
    private final boolean onbekend;

    private BeheerFout(String veld, String melding, boolean onbekend) {
        super(melding);
        this.veld = veld;
        this.onbekend = onbekend;
    }

    static BeheerFout ongeldig(String veld, String melding) {
        return new BeheerFout(veld, melding, false);
    }

    static BeheerFout onbekend(String naam) {
        return new BeheerFout("gebruikersnaam", "Er is geen gebruiker '" + naam + "'.", true);
    }

    public String veld() {
        return veld;
    }

    public boolean isOnbekend() {
        return onbekend;
    }
}
