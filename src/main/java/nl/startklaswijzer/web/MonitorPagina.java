package nl.startklaswijzer.web;

import io.quarkus.qute.RawString;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.startklaswijzer.api.ErrorMappers;
import nl.startklaswijzer.api.Fout;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.monitor.Monitor;
import nl.startklaswijzer.monitor.MonitorFilter;
import nl.startklaswijzer.monitor.MonitorLezer;
import nl.startklaswijzer.monitor.Onderdeel;
import nl.startklaswijzer.monitor.Tabel;
import nl.startklaswijzer.monitor.Uitvoer;

/** The Monitor page: the filters, and each part of the monitor as a chart, its table and a CSV download of that table. */
@RolesAllowed({"BELEID", "KNOOPPUNT"})
@Path("/monitor")
public class MonitorPagina {

    private static final String PAD = "/monitor";
    private static final Set<String> VELDEN = Set.of("van", "tot", "regelset", "gemeente");

    private final Pages pages;
    private final Monitor monitor;
    private final MonitorLezer lezer;

    public MonitorPagina(Pages pages, Monitor monitor, MonitorLezer lezer) {
        this.pages = pages;
        this.monitor = monitor;
        this.lezer = lezer;
    }

    /** A part as the page shows it: its chart as SVG markup of our own making, and the link to its CSV file. */
    public record OnderdeelWeergave(String code, String titel, String toelichting, RawString svg, Tabel tabel, String csv) {
    }

    @GET
    @Produces({MediaType.TEXT_HTML, "text/csv"})
    public Response monitor(@QueryParam("van") String van, @QueryParam("tot") String tot, @QueryParam("regelset") String regelset,
                            @QueryParam("gemeente") String gemeente, @QueryParam("formaat") String formaat,
                            @QueryParam("tabel") String tabel) {
        MultivaluedMap<String, String> invoer = new MultivaluedHashMap<>();
        invoer.add("van", van);
        invoer.add("tot", tot);
        invoer.add("regelset", regelset);
        invoer.add("gemeente", gemeente);
        try {
            boolean csv = Uitvoer.isCsv(formaat, "html");
            Monitor.Rapport rapport = monitor.rapport(MonitorFilter.lees(van, tot, regelset, gemeente, Peildatum.vandaag()),
                    Peildatum.vandaag());
            return csv ? Uitvoer.csv(rapport, tabel) : Verwerking.pagina(Response.Status.OK, pagina(rapport, Formulier.leeg(Map.of(
                    "van", rapport.filter().van().toString(), "tot", rapport.filter().tot().toString(),
                    "regelset", waarde(rapport.filter().regelset()), "gemeente", waarde(rapport.filter().gemeente()))), null));
        } catch (Weigering e) {
            Fout fout = new Fout(e.veld(), e.getMessage());
            return Verwerking.pagina(ErrorMappers.status(e), VELDEN.contains(e.veld())
                    ? pagina(null, new Formulier(invoer, List.of(fout)), null)
                    : pagina(null, new Formulier(invoer, List.of()), e.getMessage()));
        }
    }

    private String pagina(Monitor.Rapport rapport, Formulier form, String fout) {
        MonitorLezer.Keuzes keuzes = lezer.keuzes();
        Map<String, Object> data = new HashMap<>();
        data.put("form", form);
        data.put("velden", form.getVelden());
        data.put("regelsets", opties(keuzes.regelsets(), form, "regelset"));
        data.put("gemeenten", opties(keuzes.gemeenten(), form, "gemeente"));
        data.put("fout", fout == null ? "" : fout);
        data.put("tekens", Uitvoer.TEKENS.entrySet().stream().filter(t -> !t.getKey().equals("null")).toList());
        data.put("periode", rapport == null ? "" : periode(rapport.filter()));
        data.put("onderdelen", rapport == null ? List.of() : rapport.onderdelen().stream().map(o -> weergave(o, rapport.filter())).toList());
        return pages.render("monitor", data);
    }

    private static OnderdeelWeergave weergave(Onderdeel o, MonitorFilter filter) {
        return new OnderdeelWeergave(o.code(), o.titel(), o.toelichting(), o.svg() == null ? null : new RawString(o.svg()), o.tabel(),
                Uitvoer.csvLink(PAD, filter, o.code()));
    }

    /** What the figures cover, in one line above them. */
    private static String periode(MonitorFilter filter) {
        return Weergave.datum(filter.van()) + " tot en met " + Weergave.datum(filter.tot())
                + (filter.regelset() == null ? ", alle regelsets" : ", regelset " + filter.regelset())
                + (filter.gemeente() == null ? ", alle gemeenten" : ", gemeente " + filter.gemeente());
    }

    private static List<Keuze> opties(List<String> waarden, Formulier form, String naam) {
        String gekozen = form.getVelden().get(naam).waarde();
        return waarden.stream().map(w -> new Keuze(naam, Veld.id(naam) + "-" + w, w, w, null, w.equals(gekozen))).toList();
    }

    private static String waarde(String tekst) {
        return tekst == null ? "" : tekst;
    }
}
