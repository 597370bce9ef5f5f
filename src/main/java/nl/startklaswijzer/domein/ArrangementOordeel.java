package nl.startklaswijzer.domein;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The verdict on one arrangement, with the rules (by id) that it rests on: an arrangement of the contract, or one
 * from the region's catalogue. A catalogue entry also says what it offers, who provides it, when it can start, the
 * steps to get there, and its source.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArrangementOordeel(String code, String naam, Oordeel oordeel, List<String> redenen, Arrangement soort,
                                 String biedt, String aanbieder, LocalDate startdatum, List<Actie> stappen, String bron,
                                 Status status) {

    /** An arrangement of the contract, weighed by the reasons about it. */
    public static ArrangementOordeel uit(Arrangement code, List<Reden> over) {
        return new ArrangementOordeel(code.name(), code.naam(), oordeel(over).orElse(Oordeel.BESPREKEN),
                regels(over), code, null, null, start(over), null, null, null);
    }

    /**
     * An arrangement from the catalogue, weighed by the reasons about it, with its steps; empty when no reason gives
     * it a verdict, for then the rules did not weigh it for this case.
     */
    public static Optional<ArrangementOordeel> uit(Aanbod aanbod, List<Reden> over, List<Actie> stappen) {
        return oordeel(over).map(oordeel -> new ArrangementOordeel(aanbod.getCode(), aanbod.getNaam(), oordeel, regels(over),
                aanbod.getSoort(), aanbod.getBiedt(), aanbod.getAanbieder(), start(over), List.copyOf(stappen),
                aanbod.getBron(), aanbod.getStatus()));
    }

    /** Whether this is one of the contract's arrangements. */
    public boolean is(Arrangement arrangement) {
        return code.equals(arrangement.name());
    }

    /** Fitting or to be discussed: an arrangement the advice lists. */
    public static final Predicate<ArrangementOordeel> KOMT_IN_AANMERKING = a -> a.oordeel() != Oordeel.NIET_PASSEND;

    /**
     * The weightiest of the effects (not fitting over to be discussed over fitting); none when only points of
     * attention speak about it.
     */
    private static Optional<Oordeel> oordeel(List<Reden> over) {
        return over.stream()
                .map(r -> r.getEffect().oordeel())
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
    }

    private static List<String> regels(List<Reden> over) {
        return over.stream().map(Reden::getRegel).distinct().toList();
    }

    /** The day the rules say the arrangement can start, if one of its reasons names it. */
    private static LocalDate start(List<Reden> over) {
        return over.stream()
                .map(r -> r.getFeiten().get(Advies.START))
                .filter(LocalDate.class::isInstance)
                .map(LocalDate.class::cast)
                .findFirst().orElse(null);
    }
}
