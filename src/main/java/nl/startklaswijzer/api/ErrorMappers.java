package nl.startklaswijzer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.startklaswijzer.engine.InvalidRuleSetException;
import nl.startklaswijzer.engine.UnknownRuleSetException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every kind of bad input into a 400 that names the field, and anything else into an answer without the
 * case's contents. Nothing here logs what the request said: these are data about young children.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Fout> fouten = e.getConstraintViolations().stream()
                .map(v -> new Fout(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Fout::veld))
                .toList();
        return FoutenAntwoord.response(Response.Status.BAD_REQUEST, fouten);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? field(mapping) : "";
        return FoutenAntwoord.response(Response.Status.BAD_REQUEST, List.of(new Fout(field, message(e))));
    }

    /** Replaces Quarkus' built-in mapper for this type, which answers 400 without saying which field. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return json(e);
    }

    /** Quarkus wraps JSON syntax errors; anything else (404, 405, 415) keeps its status and gets a readable body. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        return FoutenAntwoord.response(Response.Status.fromStatusCode(e.getResponse().getStatus()),
                List.of(new Fout("", e.getMessage())));
    }

    @ServerExceptionMapper
    public Response unknownRuleSet(UnknownRuleSetException e) {
        return FoutenAntwoord.response(e.exists() ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.BAD_REQUEST,
                List.of(new Fout("regelset", e.getMessage())));
    }

    /** A rule set's files that cannot be used, reported per file and line. */
    @ServerExceptionMapper
    public Response invalidRuleSet(InvalidRuleSetException e) {
        return FoutenAntwoord.response(Response.Status.BAD_REQUEST, e.errors().stream()
                .map(error -> new Fout(error.bestand() == null ? "bestanden" : "bestanden." + error.bestand()
                        + (error.regelnummer() == null ? "" : ":" + error.regelnummer()), error.melding()))
                .toList());
    }

    /** A fault of ours, not of the request: logged by type and place only, answered without details. */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.errorf("Onverwachte fout %s bij %s", e.getClass().getName(),
                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        return FoutenAntwoord.response(Response.Status.INTERNAL_SERVER_ERROR,
                List.of(new Fout("", "Er ging iets mis in Startklaswijzer; de fout is gelogd zonder de gegevens van de casus.")));
    }

    private static String message(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Onbekend veld '" + unknown.getPropertyName() + "'. Stuur alleen de velden uit het contract, "
                    + "en nooit een naam, BSN of vrije tekst over het kind.";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> type = invalid.getTargetType();
            if (type.isEnum()) {
                return "Onbekende code '" + invalid.getValue() + "'. Toegestaan: "
                        + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")) + ".";
            }
            if (type == LocalDate.class) {
                return "'" + invalid.getValue() + "' is geen geldige datum; gebruik JJJJ-MM-DD.";
            }
            return "'" + invalid.getValue() + "' is geen geldige waarde; verwacht: " + describe(type) + ".";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "Dit veld heeft de verkeerde vorm; verwacht: " + describe(mismatch.getTargetType()) + ".";
        }
        return "De aanvraag is geen geldige JSON (" + e.getOriginalMessage() + ").";
    }

    private static String describe(Class<?> type) {
        if (List.class.isAssignableFrom(type)) {
            return "een lijst";
        }
        if (type == LocalDate.class) {
            return "een datum JJJJ-MM-DD";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true of false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "een getal";
        }
        return type.isEnum() ? "een code" : "een object";
    }

    /** kind.ondersteuningsbehoeften[1] from Jackson's path. */
    private static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * kind.geboortedatum or startklas.leerlingen[0].complicerendeFactoren[1] from a violation, leaving out the
     * resource method and its parameter. A node "in an iterable" carries the index of the element it sits in.
     */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        String parameter = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return path.isEmpty() ? parameter : path.toString();
    }
}
