package nl.startklaswijzer.domein;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One reason in an advice: which rule applied, what it means for which arrangement, the facts of this case that
 * made it apply, and the policy text behind it. Rules create reasons; later rules may reason about them.
 */
@JsonPropertyOrder({"regel", "categorie", "effect", "arrangement", "signaal", "tekst", "bron", "status", "feiten", "parameters"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Reden {

    private final String regel;
    private final Categorie categorie;
    private final Effect effect;
    /** In JSON the code that getArrangementCode gives; the API document must not take this field's type for it. */
    @Schema(hidden = false, implementation = String.class,
            description = "De code van het arrangement waarover de reden gaat: uit het contract of uit de catalogus.")
    private final Arrangement arrangement;
    /** Not in JSON (its getter is ignored), so not in the API document either. */
    @Schema(hidden = true)
    private final String aanbod;
    private final Signaal signaal;
    private final String tekst;
    private final String bron;
    private final Status status;
    private final Map<String, Object> feiten;
    private final Map<String, Object> parameters;

    public Reden(String regel, Categorie categorie, Effect effect, Arrangement arrangement, String aanbod, Signaal signaal,
                 String tekst, String bron, Status status, Map<String, Object> feiten, Map<String, Object> parameters) {
        this.regel = regel;
        this.categorie = categorie;
        this.effect = effect;
        this.arrangement = arrangement;
        this.aanbod = aanbod;
        this.signaal = signaal;
        this.tekst = tekst;
        this.bron = bron;
        this.status = status;
        this.feiten = feiten;
        this.parameters = parameters;
    }

    public String getRegel() {
        return regel;
    }

    public Categorie getCategorie() {
        return categorie;
    }

    public Effect getEffect() {
        return effect;
    }

    /** The arrangement of the contract this reason bears on, as the rules compare it; null for none of those. */
    @JsonIgnore
    public Arrangement getArrangement() {
        return arrangement;
    }

    /** The code of the arrangement from the region's catalogue that this reason weighs; null for none. */
    @JsonIgnore
    public String getAanbod() {
        return aanbod;
    }

    /** The code of the arrangement this reason bears on, from the contract or the catalogue, as the advice lists it. */
    @JsonProperty("arrangement")
    public String getArrangementCode() {
        return aanbod != null ? aanbod : arrangement != null ? arrangement.name() : null;
    }

    /** For a pre-screen: the signal this reason gives. */
    public Signaal getSignaal() {
        return signaal;
    }

    public String getTekst() {
        return tekst;
    }

    public String getBron() {
        return bron;
    }

    public Status getStatus() {
        return status;
    }

    /** The values from this case that the rule matched on, by the names the rule gave them. */
    public Map<String, Object> getFeiten() {
        return feiten;
    }

    /** The values from the rule set's parameter file that the rule used, by the names the rule gave them. */
    public Map<String, Object> getParameters() {
        return parameters;
    }
}
