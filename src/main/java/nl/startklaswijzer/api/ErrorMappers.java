package nl.startklaswijzer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.engine.InvalidRuleSetException;
import nl.startklaswijzer.opslag.DatabaseException;
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
        return FoutenAntwoord.response(Response.Status.BAD_REQUEST, InputErrors.of(e.getConstraintViolations()));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return FoutenAntwoord.response(Response.Status.BAD_REQUEST, List.of(InputErrors.of(e)));
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

    @ServerExceptionMapper
    public Response weigering(Weigering e) {
        return FoutenAntwoord.response(status(e), List.of(new Fout(e.veld(), e.getMessage())));
    }

    /** The status of a refusal, for the API and the pages alike. */
    public static Response.Status status(Weigering e) {
        return switch (e.soort()) {
            case ONGELDIG -> Response.Status.BAD_REQUEST;
            case ONBEKEND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
        };
    }

    /** Logged without the statement or its values, which may hold a case's data. */
    @ServerExceptionMapper
    public Response database(DatabaseException e) {
        LOG.errorf("Database niet beschikbaar: %s", e.getMessage());
        return FoutenAntwoord.response(Response.Status.SERVICE_UNAVAILABLE, List.of(new Fout("",
                "De database van Startklaswijzer is nu niet bereikbaar; er is niets vastgelegd. Probeer het later opnieuw.")));
    }

    /** A fault of ours, not of the request: logged by type and place only, answered without details. */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.errorf("Onverwachte fout %s bij %s", e.getClass().getName(),
                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        return FoutenAntwoord.response(Response.Status.INTERNAL_SERVER_ERROR,
                List.of(new Fout("", "Er ging iets mis in Startklaswijzer; de fout is gelogd zonder de gegevens van de casus.")));
    }
}
