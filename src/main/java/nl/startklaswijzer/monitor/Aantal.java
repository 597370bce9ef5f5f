package nl.startklaswijzer.monitor;

import java.util.OptionalDouble;

/**
 * A count of children (or of their advices, decisions or placements) on the monitor. It is shown, or it is hidden: as
 * "&lt;5" when it is 1 to 4, as "x" when it would give away a count below 5 (see {@link Afscherming}).
 */
public final class Aantal implements Cel {

    /** Where a count stands on the monitor. */
    enum Stand { GETOOND, KLEIN, VERBORGEN }

    /** What a reader knows of a count. */
    enum Lezer { BEKEND, KLEIN, VERBORGEN, ONBEKEND }

    static final String KLEIN = "<" + Afscherming.DREMPEL;
    static final String VERBORGEN = "x";

    private final int index;
    private final long waarde;
    private final boolean getoond;
    private Stand stand = Stand.GETOOND;

    Aantal(int index, long waarde, boolean getoond) {
        this.index = index;
        this.waarde = waarde;
        this.getoond = getoond;
    }

    int index() {
        return index;
    }

    long waarde() {
        return waarde;
    }

    /** Whether the monitor shows this count at all (a complement that only follows from others is not shown). */
    boolean isGetoond() {
        return getoond;
    }

    /** Whether the monitor shows the number itself. */
    boolean isZichtbaar() {
        return getoond && stand == Stand.GETOOND;
    }

    void zet(Stand nieuw) {
        stand = nieuw;
    }

    Lezer lezer() {
        if (!getoond) {
            return Lezer.ONBEKEND;
        }
        return switch (stand) {
            case GETOOND -> Lezer.BEKEND;
            case KLEIN -> Lezer.KLEIN;
            case VERBORGEN -> Lezer.VERBORGEN;
        };
    }

    @Override
    public Object json() {
        return switch (stand) {
            case GETOOND -> waarde;
            case KLEIN -> KLEIN;
            case VERBORGEN -> VERBORGEN;
        };
    }

    @Override
    public String tekst() {
        return stand == Stand.GETOOND ? Opmaak.aantal(waarde) : (String) json();
    }

    @Override
    public String csv() {
        return String.valueOf(json());
    }

    @Override
    public OptionalDouble getal() {
        return isZichtbaar() ? OptionalDouble.of(waarde) : OptionalDouble.empty();
    }

    @Override
    public boolean isGetal() {
        return true;
    }

    @Override
    public String toString() {
        return tekst();
    }
}
