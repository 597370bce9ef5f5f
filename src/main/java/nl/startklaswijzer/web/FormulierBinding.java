package nl.startklaswijzer.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.startklaswijzer.api.Fout;
import nl.startklaswijzer.api.InputErrors;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Signalering;
import nl.startklaswijzer.dossier.Groep;
import nl.startklaswijzer.dossier.Verzoeken;
import nl.startklaswijzer.overdracht.OverdrachtVerzoeken;

/**
 * Turns a submitted form into the request the API would read (a Casus, a Signalering, a decision, a step, a group)
 * the same way the API reads JSON, with the same checks and the same Dutch messages: the form's fields are named
 * after the API's field paths and become that JSON.
 */
@ApplicationScoped
public class FormulierBinding {

    /** The number of pupils in the group; a field of the form only, the API takes a list of pupils. */
    static final String AANTAL_LEERLINGEN = "startklas.aantalLeerlingen";
    /** Per complicating factor, how many of those pupils have it: startklas.aantal.NIET_ZINDELIJK. */
    static final String AANTAL_MET = "startklas.aantal.";
    /** A group recorded in Startklaswijzer, named instead of counting its pupils. */
    static final String GROEP = "startklas.groep";
    /** The dossier page has two forms with a date; their fields are told apart by these prefixes. */
    static final String BESLUIT = "besluit.";
    static final String VERLOOP = "verloop.";
    /** The parents' consent, on the signal form and on the voorschool's page, and its withdrawal. */
    static final String TOESTEMMING = "toestemming.";
    static final String INTREKKING = "intrekking.";
    /** The dossier's version the user saw, which a decision or a step is made on. */
    static final String VERSIE = "versie";

    private final ObjectMapper mapper;
    private final Validator validator;

    public FormulierBinding(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** A bound request, or the errors that keep it from being one. */
    public record Gebonden<T>(T waarde, List<Fout> fouten) {
        public boolean isGeldig() {
            return fouten.isEmpty();
        }
    }

    public Gebonden<Casus> casus(MultivaluedMap<String, String> form) {
        List<Fout> fouten = new ArrayList<>();
        ObjectNode json = mapper.createObjectNode();
        text(json, "peildatum", form, "peildatum");
        text(json, "regelset", form, "regelset");
        kind(json.putObject("kind"), form);
        if (!blank(form.getFirst("moederschool.naam")) || "ja".equals(form.getFirst("moederschool.sopBekend"))) {
            ObjectNode school = json.putObject("moederschool");
            text(school, "naam", form, "moederschool.naam");
            if ("ja".equals(form.getFirst("moederschool.sopBekend"))) {
                list(school.putArray("kanVoorzienIn"), form.get("moederschool.kanVoorzienIn"));
            }
        }
        group(json, form, fouten);
        ObjectNode proces = json.putObject("proces");
        proces.put("knooppuntGehouden", form.containsKey("proces.knooppuntGehouden"));
        proces.put("toestemmingOuders", form.containsKey("proces.toestemmingOuders"));
        return bind(json, Casus.class, fouten);
    }

    public Gebonden<Signalering> signalering(MultivaluedMap<String, String> form) {
        return bind(signaleringJson(form), Signalering.class, new ArrayList<>());
    }

    /** A signal to record: with the parents' consent (who, when, for what) when the form says they gave it. */
    public Gebonden<OverdrachtVerzoeken.Vastleggen> vastleggen(MultivaluedMap<String, String> form) {
        ObjectNode json = signaleringJson(form);
        if (form.containsKey("toestemmingOuders")) {
            toestemming(json.putObject("toestemming"), form);
        }
        return bind(json, OverdrachtVerzoeken.Vastleggen.class, new ArrayList<>());
    }

    /** The parents' consent from the fields toestemming.gegevenDoor, .datum and .voor; errors name the API's fields. */
    public Gebonden<OverdrachtVerzoeken.Toestemming> toestemming(MultivaluedMap<String, String> form) {
        ObjectNode json = mapper.createObjectNode();
        toestemming(json, form);
        return bind(json, OverdrachtVerzoeken.Toestemming.class, new ArrayList<>());
    }

    public Gebonden<OverdrachtVerzoeken.Intrekking> intrekking(MultivaluedMap<String, String> form) {
        ObjectNode json = mapper.createObjectNode();
        text(json, "datum", form, INTREKKING + "datum");
        return bind(json, OverdrachtVerzoeken.Intrekking.class, new ArrayList<>());
    }

    private ObjectNode signaleringJson(MultivaluedMap<String, String> form) {
        ObjectNode json = mapper.createObjectNode();
        text(json, "peildatum", form, "peildatum");
        text(json, "regelset", form, "regelset");
        kind(json.putObject("kind"), form);
        text(json, "voorziening", form, "voorziening");
        json.put("verslaglegging", form.containsKey("verslaglegging"));
        json.put("toestemmingOuders", form.containsKey("toestemmingOuders"));
        return json;
    }

    private static void toestemming(ObjectNode toestemming, MultivaluedMap<String, String> form) {
        text(toestemming, "gegevenDoor", form, TOESTEMMING + "gegevenDoor");
        text(toestemming, "datum", form, TOESTEMMING + "datum");
        list(toestemming.putArray("voor"), form.get(TOESTEMMING + "voor"));
    }

    /** A decision of the knooppunt; errors name the API's fields (datum), not the form's (besluit.datum). */
    public Gebonden<Verzoeken.Besluit> besluit(MultivaluedMap<String, String> form) {
        ObjectNode json = mapper.createObjectNode();
        text(json, "versie", form, VERSIE);
        text(json, "datum", form, BESLUIT + "datum");
        text(json, "arrangement", form, BESLUIT + "arrangement");
        text(json, "startdatum", form, BESLUIT + "startdatum");
        text(json, "groep", form, BESLUIT + "groep");
        list(json.putArray("aanwezig"), form.get(BESLUIT + "aanwezig"));
        text(json, "motivatie", form, BESLUIT + "motivatie");
        text(json, "afwijkingsreden", form, BESLUIT + "afwijkingsreden");
        return bind(json, Verzoeken.Besluit.class, new ArrayList<>());
    }

    /** A step in the placement's course; errors name the API's fields, as with a decision. */
    public Gebonden<Verzoeken.Stap> stap(MultivaluedMap<String, String> form) {
        ObjectNode json = mapper.createObjectNode();
        text(json, "versie", form, VERSIE);
        text(json, "soort", form, VERLOOP + "soort");
        text(json, "datum", form, VERLOOP + "datum");
        return bind(json, Verzoeken.Stap.class, new ArrayList<>());
    }

    public Gebonden<Groep> groep(MultivaluedMap<String, String> form) {
        ObjectNode json = mapper.createObjectNode();
        text(json, "naam", form, "naam");
        text(json, "plaats", form, "plaats");
        text(json, "capaciteit", form, "capaciteit");
        return bind(json, Groep.class, new ArrayList<>());
    }

    /** A date typed in a search field such as "tot"; empty means the default. */
    static LocalDate datum(String tekst, String veld, LocalDate standaard) {
        return InputErrors.datum(tekst, veld, standaard);
    }

    private static void kind(ObjectNode kind, MultivaluedMap<String, String> form) {
        text(kind, "referentie", form, "kind.referentie");
        text(kind, "geboortedatum", form, "kind.geboortedatum");
        text(kind, "gemeente", form, "kind.gemeente");
        list(kind.putArray("ondersteuningsbehoeften"), form.get("kind.ondersteuningsbehoeften"));
        list(kind.putArray("complicerendeFactoren"), form.get("kind.complicerendeFactoren"));
    }

    /**
     * The group as the API wants it: a recorded group by its name, or one pupil per place taken, the first ones
     * carrying each factor. Both at once goes to the API's check, which says to choose.
     */
    private static void group(ObjectNode json, MultivaluedMap<String, String> form, List<Fout> fouten) {
        String aantal = form.getFirst(AANTAL_LEERLINGEN);
        Integer total = blank(aantal) ? null : count(aantal);
        if (!blank(aantal) && total == null) {
            fouten.add(new Fout(AANTAL_LEERLINGEN, "Vul het aantal leerlingen in als een getal, zoals 8."));
            return;
        }
        if (total == null && blank(form.getFirst(GROEP))) {
            return;
        }
        ObjectNode startklas = json.putObject("startklas");
        text(startklas, "groep", form, GROEP);
        if (total == null) {
            return;
        }
        text(startklas, "capaciteit", form, "startklas.capaciteit");
        ArrayNode leerlingen = startklas.putArray("leerlingen");
        for (int i = 0; i < total; i++) {
            leerlingen.addObject().putArray("complicerendeFactoren");
        }
        for (ComplicerendeFactor factor : ComplicerendeFactor.values()) {
            String field = AANTAL_MET + factor.name();
            String value = form.getFirst(field);
            if (blank(value)) {
                continue;
            }
            Integer with = count(value);
            if (with == null || with > total) {
                fouten.add(new Fout(field, "Vul een aantal in van 0 tot en met " + total + ", het aantal leerlingen in de groep."));
                continue;
            }
            for (int i = 0; i < with; i++) {
                ((ArrayNode) leerlingen.get(i).get("complicerendeFactoren")).add(factor.name());
            }
        }
    }

    private <T> Gebonden<T> bind(ObjectNode json, Class<T> type, List<Fout> fouten) {
        try {
            T value = mapper.treeToValue(json, type);
            fouten.addAll(InputErrors.of(validator.validate(value)));
            return new Gebonden<>(value, fouten);
        } catch (JsonProcessingException e) {
            fouten.add(InputErrors.of(e));
            return new Gebonden<>(null, fouten);
        }
    }

    private static void text(ObjectNode node, String field, MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        if (!blank(value)) {
            node.put(field, value.trim());
        }
    }

    private static void list(ArrayNode array, List<String> values) {
        if (values != null) {
            values.forEach(array::add);
        }
    }

    private static Integer count(String text) {
        try {
            int value = Integer.parseInt(text.trim());
            return value >= 0 && value <= 1000 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
