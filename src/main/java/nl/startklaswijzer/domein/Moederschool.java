package nl.startklaswijzer.domein;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** The school near home that has zorgplicht; what its support profile (SOP) covers may be unknown. */
public class Moederschool {

    @Size(max = 120, message = "Een schoolnaam is ten hoogste 120 tekens.")
    private String naam;

    /** Null means "not known", which differs from an empty list: a SOP that covers none of these needs. */
    private List<@NotNull(message = "Een lege ondersteuningsbehoefte is niet toegestaan.") Ondersteuningsbehoefte> kanVoorzienIn;

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public List<Ondersteuningsbehoefte> getKanVoorzienIn() {
        return kanVoorzienIn;
    }

    public void setKanVoorzienIn(List<Ondersteuningsbehoefte> kanVoorzienIn) {
        this.kanVoorzienIn = kanVoorzienIn == null ? null : new ArrayList<>(new LinkedHashSet<>(kanVoorzienIn));
    }

    // Below: the vocabulary the rule files use; not part of the JSON.

    @JsonIgnore
    public boolean isSopBekend() {
        return kanVoorzienIn != null;
    }

    /** The needs among the given ones that this school's SOP does not cover; all of them when the SOP is unknown. */
    public Behoeften nietGedekt(Collection<Ondersteuningsbehoefte> behoeften) {
        return new Behoeften(behoeften.stream().filter(b -> kanVoorzienIn == null || !kanVoorzienIn.contains(b)).toList());
    }

    /** The school's name for use in a sentence. */
    @JsonIgnore
    public String getAanduiding() {
        return naam == null || naam.isBlank() ? "de moederschool" : naam;
    }
}
