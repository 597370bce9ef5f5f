package nl.startklaswijzer.domein;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A selection of a child's support needs, such as those the startklas offers or those a SOP does not cover.
 * A value rather than a list, so that a rule can bind it with "from" and count it.
 */
public final class Behoeften {

    private final List<Ondersteuningsbehoefte> lijst;

    public Behoeften(List<Ondersteuningsbehoefte> lijst) {
        this.lijst = List.copyOf(lijst);
    }

    @JsonValue
    public List<Ondersteuningsbehoefte> getLijst() {
        return lijst;
    }

    public int getAantal() {
        return lijst.size();
    }

    public boolean isLeeg() {
        return lijst.isEmpty();
    }
}
