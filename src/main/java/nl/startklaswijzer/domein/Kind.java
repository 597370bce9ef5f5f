package nl.startklaswijzer.domein;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** The child, known only by a pseudonymous reference: never a name or a BSN. */
public class Kind {

    /** Letters, digits and - _ . only, and never 8 or 9 digits alone: that is what a BSN looks like. */
    @Pattern(regexp = "^(?!\\d{8,9}$)[A-Za-z0-9._-]{1,40}$",
            message = "Gebruik een pseudonieme referentie van letters, cijfers, '-', '_' of '.' (ten hoogste 40 tekens), nooit een naam of BSN.")
    private String referentie;

    @NotNull(message = "De geboortedatum is verplicht (JJJJ-MM-DD).")
    private LocalDate geboortedatum;

    @Size(max = 80, message = "Een gemeentenaam is ten hoogste 80 tekens.")
    private String gemeente;

    private List<@NotNull(message = "Een lege ondersteuningsbehoefte is niet toegestaan.") Ondersteuningsbehoefte> ondersteuningsbehoeften = List.of();

    private List<@NotNull(message = "Een lege complicerende factor is niet toegestaan.") ComplicerendeFactor> complicerendeFactoren = List.of();

    public String getReferentie() {
        return referentie;
    }

    public void setReferentie(String referentie) {
        this.referentie = referentie;
    }

    public LocalDate getGeboortedatum() {
        return geboortedatum;
    }

    public void setGeboortedatum(LocalDate geboortedatum) {
        this.geboortedatum = geboortedatum;
    }

    public String getGemeente() {
        return gemeente;
    }

    public void setGemeente(String gemeente) {
        this.gemeente = gemeente;
    }

    public List<Ondersteuningsbehoefte> getOndersteuningsbehoeften() {
        return ondersteuningsbehoeften;
    }

    public void setOndersteuningsbehoeften(List<Ondersteuningsbehoefte> ondersteuningsbehoeften) {
        this.ondersteuningsbehoeften = zonderDubbele(ondersteuningsbehoeften);
    }

    public List<ComplicerendeFactor> getComplicerendeFactoren() {
        return complicerendeFactoren;
    }

    public void setComplicerendeFactoren(List<ComplicerendeFactor> complicerendeFactoren) {
        this.complicerendeFactoren = zonderDubbele(complicerendeFactoren);
    }

    // Below: the vocabulary the rule files use.

    public boolean heeft(Code code) {
        return ondersteuningsbehoeften.contains(code) || complicerendeFactoren.contains(code);
    }

    public Leeftijd leeftijdOp(LocalDate peildatum) {
        return Leeftijd.tussen(geboortedatum, peildatum);
    }

    /**
     * The date on which the child reaches the given age in months, such as 42 for 3 years and 6 months: the first day
     * on which {@link #leeftijdOp} says so. A month without the birth day (a child born on 31 August, or on
     * 29 February in a year without it) has that age from the first of the next month.
     */
    public LocalDate datumOpLeeftijdInMaanden(int maanden) {
        LocalDate datum = geboortedatum.plusMonths(maanden);
        return datum.getDayOfMonth() < geboortedatum.getDayOfMonth() ? datum.plusDays(1) : datum;
    }

    /** The support needs whose codes are in the given list, such as the startklas offer. */
    public Behoeften behoeftenBinnen(Collection<String> codes) {
        return new Behoeften(ondersteuningsbehoeften.stream().filter(b -> codes.contains(b.name())).toList());
    }

    /** The support needs whose codes are not in the given list. */
    public Behoeften behoeftenBuiten(Collection<String> codes) {
        return new Behoeften(ondersteuningsbehoeften.stream().filter(b -> !codes.contains(b.name())).toList());
    }

    /** Whether the child lives in one of the given municipalities, regardless of capitals. */
    public boolean woontIn(Collection<String> gemeenten) {
        return gemeente != null && gemeenten.stream()
                .anyMatch(g -> g.trim().toLowerCase(Locale.ROOT).equals(gemeente.trim().toLowerCase(Locale.ROOT)));
    }

    private static <T> List<T> zonderDubbele(List<T> codes) {
        return codes == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(codes));
    }
}
