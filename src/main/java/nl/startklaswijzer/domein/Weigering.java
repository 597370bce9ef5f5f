package nl.startklaswijzer.domein;

/**
 * A request that cannot be carried out, naming the field it is about and why, in Dutch: invalid (400), about
 * something unknown (404), or based on a state that changed in the meantime (409).
 */
public class Weigering extends RuntimeException {

    public enum Soort { ONGELDIG, ONBEKEND, CONFLICT }

    private final Soort soort;
    private final String veld;

    private Weigering(Soort soort, String veld, String melding) {
        super(melding);
        this.soort = soort;
        this.veld = veld;
    }

    public static Weigering ongeldig(String veld, String melding) {
        return new Weigering(Soort.ONGELDIG, veld, melding);
    }

    public static Weigering onbekend(String veld, String melding) {
        return new Weigering(Soort.ONBEKEND, veld, melding);
    }

    public static Weigering conflict(String veld, String melding) {
        return new Weigering(Soort.CONFLICT, veld, melding);
    }

    public Soort soort() {
        return soort;
    }

    public String veld() {
        return veld;
    }
}
