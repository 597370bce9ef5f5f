package nl.startklaswijzer.web;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.startklaswijzer.api.Fout;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Ondersteuningsbehoefte;
import nl.startklaswijzer.domein.OverEenKind;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.RuleSetRegistry;
import nl.startklaswijzer.engine.UnknownRuleSetException;

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
     * The answer page when the input is valid and its rule set serves; otherwise the form again, as typed, with each
     * error next to its field.
     */
    static <T extends OverEenKind> Response verwerk(MultivaluedMap<String, String> invoer, FormulierBinding.Gebonden<T> gebonden,
                                                    RuleSetRegistry registry, BiFunction<RuleSet, T, String> antwoord,
                                                    Function<Formulier, String> formulier) {
        List<Fout> fouten = new ArrayList<>(gebonden.fouten());
        if (gebonden.isGeldig()) {
            try {
                return Response.ok(antwoord.apply(registry.get(gebonden.waarde().getRegelset()), gebonden.waarde())).build();
            } catch (UnknownRuleSetException e) {
                fouten.add(new Fout("regelset", e.getMessage()));
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(formulier.apply(new Formulier(invoer, fouten))).build();
    }
}
