package nl.startklaswijzer.web;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.startklaswijzer.api.Fout;
import nl.startklaswijzer.domein.Code;

/**
 * What a form shows: every field with the value the user typed and the error that belongs to it, every group of
 * choices, and the list of errors on top with links to their fields. Field names are the API's field paths, so an
 * error the API reports for kind.geboortedatum lands next to the input named kind.geboortedatum.
 */
public final class Formulier {

    private final MultivaluedMap<String, String> waarden;
    private final Map<String, String> foutPerVeld = new LinkedHashMap<>();
    private final List<Fout> fouten;

    Formulier(MultivaluedMap<String, String> waarden, List<Fout> fouten) {
        this.waarden = waarden;
        this.fouten = fouten;
        fouten.forEach(f -> foutPerVeld.merge(veldVan(f.veld()), f.melding(), (a, b) -> a + " " + b));
    }

    static Formulier leeg(Map<String, String> standaardwaarden) {
        MultivaluedMap<String, String> waarden = new MultivaluedHashMap<>();
        standaardwaarden.forEach(waarden::add);
        return new Formulier(waarden, List.of());
    }

    /** A text, date or number input, by its field path. */
    public Map<String, Veld> getVelden() {
        Map<String, Veld> velden = new LinkedHashMap<>();
        waarden.keySet().forEach(naam -> velden.put(naam, veld(naam)));
        return new VeldenMetStandaard(velden);
    }

    /** The errors with links to their fields, for the summary at the top of the form. */
    public List<Veld> getFouten() {
        return fouten.stream()
                .map(f -> new Veld(veldVan(f.veld()), Veld.id(veldVan(f.veld())), null, f.melding()))
                .toList();
    }

    public boolean isFout() {
        return !fouten.isEmpty();
    }

    List<Keuze> keuzes(String naam, Code[] codes) {
        return keuzes(naam, codes, Code::name, Code::label, Code::toelichting);
    }

    /** A checkbox or radio button per value, labelled in Dutch, checked where the user chose it. */
    <T> List<Keuze> keuzes(String naam, T[] waarden, Function<T, String> code, Function<T, String> label,
                           Function<T, String> toelichting) {
        List<String> gekozen = this.waarden.getOrDefault(naam, List.of());
        return Arrays.stream(waarden)
                .map(w -> new Keuze(naam, Veld.id(naam) + "-" + code.apply(w), code.apply(w), hoofdletter(label.apply(w)),
                        toelichting.apply(w), gekozen.contains(code.apply(w))))
                .toList();
    }

    /** The same form with one field's value replaced, such as the dossier's version after someone else changed it. */
    Formulier met(String naam, String waarde) {
        MultivaluedMap<String, String> kopie = new MultivaluedHashMap<>(waarden);
        kopie.putSingle(naam, waarde);
        return new Formulier(kopie, fouten);
    }

    /** A label on its own starts with a capital; in a sentence the same words do not. */
    static String hoofdletter(String label) {
        return label.substring(0, 1).toUpperCase() + label.substring(1);
    }

    /** The error of a group of choices or a field, such as kind.ondersteuningsbehoeften. */
    String fout(String naam) {
        return foutPerVeld.get(naam);
    }

    private Veld veld(String naam) {
        return new Veld(naam, Veld.id(naam), waarden.getFirst(naam), foutPerVeld.get(naam));
    }

    /** kind.ondersteuningsbehoeften[1] belongs to the group kind.ondersteuningsbehoeften. */
    private static String veldVan(String pad) {
        int index = pad.indexOf('[');
        return index < 0 ? pad : pad.substring(0, index);
    }

    /** Fields the user left untouched still exist, empty, so that every template lookup finds one. */
    private final class VeldenMetStandaard extends LinkedHashMap<String, Veld> {
        VeldenMetStandaard(Map<String, Veld> velden) {
            super(velden);
        }

        @Override
        public Veld get(Object naam) {
            Veld veld = super.get(naam);
            return veld != null ? veld : new Veld((String) naam, Veld.id((String) naam), null, foutPerVeld.get(naam));
        }
    }
}
