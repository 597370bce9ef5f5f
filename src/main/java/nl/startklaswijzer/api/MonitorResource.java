package nl.startklaswijzer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.monitor.Monitor;
import nl.startklaswijzer.monitor.MonitorFilter;
import nl.startklaswijzer.monitor.Uitvoer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The monitor for policy owners: what the recorded advices and decisions add up to. Aggregates only, never a case. */
@RolesAllowed({"BELEID", "KNOOPPUNT"})
@Path("/api/v1/monitor")
@Tag(name = "Monitor", description = "Wat de vastgelegde adviezen en besluiten samen laten zien, voor beleidseigenaren")
@ApiFouten.NietAangemeld
@ApiFouten.GeenToegang
@ApiFouten.NietBeschikbaar
public class MonitorResource {

    private static final String PAD = "/api/v1/monitor";

    private final Monitor monitor;

    public MonitorResource(Monitor monitor) {
        this.monitor = monitor;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "leesMonitor", summary = "De monitor: adviezen, besluiten, de startklas en de gemeenten in tabellen",
            description = "Elk aantal van 1 tot en met 4 staat er als \"<5\", en elk aantal waaruit zo'n klein aantal af te "
                    + "leiden is als \"x\". Met formaat=csv en tabel=<code> komt één tabel als CSV-bestand (UTF-8 met BOM, "
                    + "puntkomma, decimale komma).")
    @APIResponse(responseCode = "200", description = "De monitor, of één tabel als CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Uitvoer.Antwoord.class)),
                    @Content(mediaType = "text/csv")})
    @ApiFouten.Ongeldig
    public Response monitor(
            @Parameter(description = "Eerste dag, JJJJ-MM-DD (standaard: de eerste van de maand, 11 maanden terug)") @QueryParam("van") String van,
            @Parameter(description = "Laatste dag, JJJJ-MM-DD (standaard: vandaag)") @QueryParam("tot") String tot,
            @Parameter(description = "Alleen adviezen van deze regelset") @QueryParam("regelset") String regelset,
            @Parameter(description = "Alleen kinderen uit deze gemeente") @QueryParam("gemeente") String gemeente,
            @Parameter(description = "json (standaard) of csv") @QueryParam("formaat") String formaat,
            @Parameter(description = "Bij formaat=csv: de code van de tabel, zoals adviezen-per-maand") @QueryParam("tabel") String tabel) {
        boolean csv = Uitvoer.isCsv(formaat, "json");
        Monitor.Rapport rapport = monitor.rapport(MonitorFilter.lees(van, tot, regelset, gemeente, Peildatum.vandaag()), Peildatum.vandaag());
        return csv ? Uitvoer.csv(rapport, tabel)
                : Response.ok(Uitvoer.json(rapport, PAD), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
