package nl.startklaswijzer.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The body of every 4xx and 5xx answer: each offending field with its message. */
public record FoutenAntwoord(List<Fout> fouten) {

    static Response response(Response.Status status, List<Fout> fouten) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new FoutenAntwoord(fouten)).build();
    }
}
