package nl.startklaswijzer.domein;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A number or list from the rule set's parameter file, such as the group size of 12. A table-valued parameter
 * (such as a limit per complicating factor) becomes one Parameter per entry, with the entry's key as sleutel.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Parameter {

    private final String naam;
    private final String sleutel;
    private final Object waarde;
    private final String omschrijving;
    private final String bron;
    private final Status status;

    public Parameter(String naam, String sleutel, Object waarde, String omschrijving, String bron, Status status) {
        this.naam = naam;
        this.sleutel = sleutel;
        this.waarde = waarde;
        this.omschrijving = omschrijving;
        this.bron = bron;
        this.status = status;
    }

    public String getNaam() {
        return naam;
    }

    public String getSleutel() {
        return sleutel;
    }

    public Object getWaarde() {
        return waarde;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public String getBron() {
        return bron;
    }

    public Status getStatus() {
        return status;
    }

    // Below: the vocabulary the rule files use; not part of the JSON.

    /** The value as a whole number. */
    @JsonIgnore
    public int getGetal() {
        return ((Number) waarde).intValue();
    }

    /** The value as a list of codes or names. */
    @SuppressWarnings("unchecked")
    @JsonIgnore
    public List<String> getLijst() {
        return (List<String>) waarde;
    }

    /** The value, a number of months, as an age such as "3 jaar en 6 maanden". */
    @JsonIgnore
    public Leeftijd getLeeftijd() {
        return Leeftijd.inMaanden(getGetal());
    }

    /** The key of a table entry read as a complicating factor. */
    @JsonIgnore
    public ComplicerendeFactor getFactor() {
        return ComplicerendeFactor.valueOf(sleutel);
    }
}
