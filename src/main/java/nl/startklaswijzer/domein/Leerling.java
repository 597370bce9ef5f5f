package nl.startklaswijzer.domein;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A pupil already in the startklas group, known only by its complicating factors. */
public class Leerling {

    private List<@NotNull(message = "Een lege complicerende factor is niet toegestaan.") ComplicerendeFactor> complicerendeFactoren = List.of();

    public List<ComplicerendeFactor> getComplicerendeFactoren() {
        return complicerendeFactoren;
    }

    public void setComplicerendeFactoren(List<ComplicerendeFactor> complicerendeFactoren) {
        this.complicerendeFactoren = complicerendeFactoren == null ? List.of() : complicerendeFactoren;
    }

    public boolean heeft(ComplicerendeFactor factor) {
        return complicerendeFactoren.contains(factor);
    }
}
