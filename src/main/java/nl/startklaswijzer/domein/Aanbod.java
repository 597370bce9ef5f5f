package nl.startklaswijzer.domein;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * One arrangement from the region's catalogue (arrangementen.yaml), such as SBO or an onderwijs-zorgarrangement:
 * what it offers, the support needs it serves, what it takes to get there and who provides it. The rules weigh each
 * entry for a case; the entry itself decides nothing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "naam", "soort", "biedt", "behoeften", "tlv", "beschikkingJeugdhulp", "vanafLeeftijdInMaanden",
        "totLeeftijdInMaanden", "aanbieder", "bron", "status"})
public final class Aanbod {

    private final String code;
    private final String naam;
    private final Arrangement soort;
    private final String biedt;
    private final List<Ondersteuningsbehoefte> behoeften;
    private final boolean tlv;
    private final boolean beschikkingJeugdhulp;
    private final int vanafLeeftijdInMaanden;
    private final Integer totLeeftijdInMaanden;
    private final String aanbieder;
    private final String bron;
    private final Status status;

    public Aanbod(String code, String naam, Arrangement soort, String biedt, List<Ondersteuningsbehoefte> behoeften,
                  boolean tlv, boolean beschikkingJeugdhulp, int vanafLeeftijdInMaanden, Integer totLeeftijdInMaanden,
                  String aanbieder, String bron, Status status) {
        this.code = code;
        this.naam = naam;
        this.soort = soort;
        this.biedt = biedt;
        this.behoeften = List.copyOf(behoeften);
        this.tlv = tlv;
        this.beschikkingJeugdhulp = beschikkingJeugdhulp;
        this.vanafLeeftijdInMaanden = vanafLeeftijdInMaanden;
        this.totLeeftijdInMaanden = totLeeftijdInMaanden;
        this.aanbieder = aanbieder;
        this.bron = bron;
        this.status = status;
    }

    public String getCode() {
        return code;
    }

    public String getNaam() {
        return naam;
    }

    /** Where it stands on the ladder from regular to specialised: REGULIER_MET_ARRANGEMENT or SPECIALISTISCH. */
    public Arrangement getSoort() {
        return soort;
    }

    /** What it offers, in a sentence or two. */
    public String getBiedt() {
        return biedt;
    }

    /** The support needs it serves. */
    public List<Ondersteuningsbehoefte> getBehoeften() {
        return behoeften;
    }

    /** Whether it takes a toelaatbaarheidsverklaring of the samenwerkingsverband. */
    public boolean isTlv() {
        return tlv;
    }

    /** Whether it takes a youth-care beschikking of the gemeente. */
    public boolean isBeschikkingJeugdhulp() {
        return beschikkingJeugdhulp;
    }

    /** The age from which the child can start; 0 when any age will do. */
    public int getVanafLeeftijdInMaanden() {
        return vanafLeeftijdInMaanden;
    }

    /** The age from which it is no longer for the child; null when it has no upper age. */
    public Integer getTotLeeftijdInMaanden() {
        return totLeeftijdInMaanden;
    }

    public String getAanbieder() {
        return aanbieder;
    }

    public String getBron() {
        return bron;
    }

    public Status getStatus() {
        return status;
    }

    // Below: the vocabulary the rule files use; not part of the JSON.

    /** The upper age as "4 jaar", for a text. */
    @JsonIgnore
    public Leeftijd getTotLeeftijd() {
        return totLeeftijdInMaanden == null ? null : Leeftijd.inMaanden(totLeeftijdInMaanden);
    }

    /** Whether it is a specialised route rather than regular education ("regulier waar het kan"). */
    @JsonIgnore
    public boolean isSpecialistisch() {
        return soort == Arrangement.SPECIALISTISCH;
    }

    /**
     * The first day it can start for this case: when the child is old enough for it, and once the TLV or youth-care
     * beschikking it takes can be there, given how many weeks each takes.
     */
    public LocalDate startdatum(Casus casus, int tlvWeken, int beschikkingWeken) {
        LocalDate oudGenoeg = casus.startVanafLeeftijdInMaanden(vanafLeeftijdInMaanden);
        LocalDate voorbereid = casus.getPeildatum().plusWeeks(Math.max(tlv ? tlvWeken : 0, beschikkingJeugdhulp ? beschikkingWeken : 0));
        return voorbereid.isAfter(oudGenoeg) ? voorbereid : oudGenoeg;
    }

    /** The needs among the given ones that this arrangement does not serve. */
    public Behoeften nietGeboden(Behoeften nodig) {
        return new Behoeften(nodig.getLijst().stream().filter(b -> !behoeften.contains(b)).toList());
    }
}
