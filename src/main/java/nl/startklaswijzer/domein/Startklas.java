package nl.startklaswijzer.domein;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;

/** The current startklas group. */
public class Startklas {

    /** Null means: the rule set's group size. */
    @Positive(message = "De capaciteit is een positief aantal plaatsen.")
    private Integer capaciteit;

    private List<@NotNull(message = "Een lege leerling is niet toegestaan.") @Valid Leerling> leerlingen = List.of();

    public Integer getCapaciteit() {
        return capaciteit;
    }

    public void setCapaciteit(Integer capaciteit) {
        this.capaciteit = capaciteit;
    }

    public List<Leerling> getLeerlingen() {
        return leerlingen;
    }

    public void setLeerlingen(List<Leerling> leerlingen) {
        this.leerlingen = leerlingen == null ? List.of() : leerlingen;
    }

    // Below: the vocabulary the rule files use; not part of the JSON.

    @JsonIgnore
    public int getBezet() {
        return leerlingen.size();
    }

    public int capaciteitOf(int groepsgrootte) {
        return capaciteit != null ? capaciteit : groepsgrootte;
    }
}
