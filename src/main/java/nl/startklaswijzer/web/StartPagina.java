package nl.startklaswijzer.web;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

@Authenticated
@Path("/")
public class StartPagina {

    private final Pages pages;

    public StartPagina(Pages pages) {
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String start() {
        return pages.render("start", Map.of());
    }
}
