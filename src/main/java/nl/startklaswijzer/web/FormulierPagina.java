package nl.startklaswijzer.web;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Ondersteuningsbehoefte;
import nl.startklaswijzer.domein.OverEenKind;
import nl.startklaswijzer.engine.RuleSetRegistry;

/** What the two forms about a child share: the data every such form shows, and what a submit does. */
final class FormulierPagina {

    private FormulierPagina() {
    }

    /** The form itself, its fields, the rule sets to choose from, and the child's needs and factors as checkboxes. */
    static Map<String, Object> basis(Formulier form, RuleSetRegistry registry) {
        Map<String, Object> data = new HashMap<>();
        data.put("form", form);
        data.put("velden", form.getVelden());
        data.put("regelsets", Keuzes.regelsets(registry, form, "regelset"));
        data.put("behoeften", form.keuzes("kind.ondersteuningsbehoeften", Ondersteuningsbehoefte.values()));
        data.put("factoren", form.keuzes("kind.complicerendeFactoren", ComplicerendeFactor.values()));
        return data;
    }

    /**
     * What the action answers when the input is valid and its rule set serves; otherwise the form again, as typed,
     * with each error next to its field.
     */
    static <T extends OverEenKind> Response verwerk(MultivaluedMap<String, String> invoer, FormulierBinding.Gebonden<T> gebonden,
                                                    Function<T, Response> actie, Function<Formulier, String> formulier) {
        return Verwerking.verwerk(gebonden, actie,
                (fouten, status) -> Verwerking.pagina(status, formulier.apply(new Formulier(invoer, fouten))));
    }
}
