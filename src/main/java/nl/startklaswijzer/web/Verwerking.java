package nl.startklaswijzer.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import nl.startklaswijzer.api.ErrorMappers;
import nl.startklaswijzer.api.Fout;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.engine.UnknownRuleSetException;

/**
 * What a submitted form leads to: the request bound as the API reads its JSON, carried out, and otherwise the form
 * again with each error at its field and the status the API would give (400, 404 or 409).
 */
final class Verwerking {

    private Verwerking() {
    }

    /** Shows the form again with these errors, under this status. */
    interface Opnieuw {
        Response toon(List<Fout> fouten, Response.Status status);
    }

    static <T> Response verwerk(FormulierBinding.Gebonden<T> gebonden, Function<T, Response> actie, Opnieuw opnieuw) {
        if (!gebonden.isGeldig()) {
            return opnieuw.toon(gebonden.fouten(), Response.Status.BAD_REQUEST);
        }
        try {
            return actie.apply(gebonden.waarde());
        } catch (Weigering e) {
            return opnieuw.toon(List.of(new Fout(e.veld(), e.getMessage())), ErrorMappers.status(e));
        } catch (UnknownRuleSetException e) {
            return opnieuw.toon(List.of(new Fout("regelset", e.getMessage())), Response.Status.BAD_REQUEST);
        }
    }

    /** After a change, on to a page that says what was done, so that reloading it does not repeat the change. */
    static Response gedaan(URI pagina, String melding) {
        String query = "gedaan=" + URLEncoder.encode(melding, StandardCharsets.UTF_8);
        return Response.seeOther(URI.create(pagina.getRawPath() + "?" + query)).build();
    }

    static Response pagina(Response.Status status, String html) {
        return Response.status(status).entity(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
