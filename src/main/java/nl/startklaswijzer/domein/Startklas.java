package nl.startklaswijzer.domein;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The current startklas group: given pupil by pupil, or named as a group whose pupils the dossiers know. */
public class Startklas {

    /** A group recorded in Startklaswijzer; its capacity and pupils then come from there. */
    @Size(max = 64, message = "Een groepsnaam is ten hoogste 64 tekens.")
    private String groep;

    /** Null means: the rule set's group size. */
    @Positive(message = "De capaciteit is een positief aantal plaatsen.")
    private Integer capaciteit;

    private List<@NotNull(message = "Een lege leerling is niet toegestaan.") @Valid Leerling> leerlingen = List.of();

    public String getGroep() {
        return groep;
    }

    public void setGroep(String groep) {
        this.groep = groep;
    }

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

    /** How many pupils already in the group have the factor: the group is one fact, not one fact per pupil. */
    public int aantalLeerlingenMet(ComplicerendeFactor factor) {
        int aantal = 0;
        for (Leerling leerling : leerlingen) {
            if (leerling.heeft(factor)) {
                aantal++;
            }
        }
        return aantal;
    }

    public int capaciteitOf(int groepsgrootte) {
        return capaciteit != null ? capaciteit : groepsgrootte;
    }
}
