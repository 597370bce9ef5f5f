package nl.startklaswijzer.domein;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The verdict on one arrangement, with the rules (by id) that it rests on. */
public record ArrangementOordeel(Arrangement code, Oordeel oordeel, List<String> redenen) {

    /**
     * The verdict that the reasons about this arrangement give together: the weightiest of their effects
     * (not fitting over to be discussed over fitting). Points of attention alone leave it to be discussed.
     */
    public static ArrangementOordeel uit(Arrangement code, List<Reden> redenen) {
        List<Reden> over = redenen.stream().filter(r -> r.getArrangement() == code).toList();
        Oordeel oordeel = over.stream()
                .map(r -> r.getEffect().oordeel())
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(Oordeel.BESPREKEN);
        return new ArrangementOordeel(code, oordeel, over.stream().map(Reden::getRegel).toList());
    }
}
