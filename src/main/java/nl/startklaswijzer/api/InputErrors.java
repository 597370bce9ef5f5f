package nl.startklaswijzer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.startklaswijzer.domein.Weigering;

/**
 * What is wrong with a request, per field, in Dutch: one place for the API's 400 answers and the web forms'
 * messages next to their fields, so that both say the same.
 */
public final class InputErrors {

    private InputErrors() {
    }

    public static List<Fout> of(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new Fout(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Fout::veld))
                .toList();
    }

    public static Fout of(JsonProcessingException e) {
        return new Fout(e instanceof JsonMappingException mapping ? field(mapping) : "", message(e));
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
                return geenDatum(invalid.getValue());
            }
            return "'" + invalid.getValue() + "' is geen geldige waarde; verwacht: " + describe(type) + ".";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "Dit veld heeft de verkeerde vorm; verwacht: " + describe(mismatch.getTargetType()) + ".";
        }
        return "De aanvraag is geen geldige JSON (" + e.getOriginalMessage() + ").";
    }

    /** A date typed in a query or search field, such as "tot"; empty means the default, anything else must be a date. */
    public static LocalDate datum(String tekst, String veld, LocalDate standaard) {
        if (tekst == null || tekst.isBlank()) {
            return standaard;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            throw Weigering.ongeldig(veld, geenDatum(tekst.strip()));
        }
    }

    /** The message for a date that is not one, in the API and on the pages alike. */
    public static String geenDatum(Object waarde) {
        return "'" + waarde + "' is geen geldige datum; gebruik JJJJ-MM-DD.";
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
