package nl.startklaswijzer.monitor;

import java.util.OptionalDouble;

/**
 * A share, such as the decisions for regular education among all decisions. It is shown only when both its counts
 * are: a percentage of a hidden count would give that count away.
 */
public record Percentage(Aantal deel, Aantal geheel) implements Cel {

    /** Hidden, or nothing to divide by. */
    private static final String GEEN = "–";

    @Override
    public OptionalDouble getal() {
        return deel.isZichtbaar() && geheel.isZichtbaar() && geheel.waarde() > 0
                ? OptionalDouble.of(Math.round(1000.0 * deel.waarde() / geheel.waarde()) / 10.0) : OptionalDouble.empty();
    }

    @Override
    public Object json() {
        if (getal().isPresent()) {
            return getal().getAsDouble();
        }
        return geheel.waarde() == 0 ? null : Aantal.VERBORGEN;
    }

    @Override
    public String tekst() {
        if (getal().isPresent()) {
            return Opmaak.percentage(getal().getAsDouble());
        }
        return geheel.waarde() == 0 ? GEEN : Aantal.VERBORGEN;
    }

    @Override
    public String csv() {
        if (getal().isPresent()) {
            return Opmaak.decimaal(getal().getAsDouble());
        }
        return geheel.waarde() == 0 ? "" : Aantal.VERBORGEN;
    }

    @Override
    public boolean isGetal() {
        return true;
    }
}
