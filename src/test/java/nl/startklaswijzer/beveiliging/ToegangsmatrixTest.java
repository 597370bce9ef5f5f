package nl.startklaswijzer.beveiliging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may use what: every endpoint and page of the service against every role and against no user, from one table.
 * An endpoint or page that is missing from the table fails the test, so a new one cannot go unexamined.
 */
@QuarkusTest
class ToegangsmatrixTest {

    private static final Set<Rol> IEDEREEN_AANGEMELD = EnumSet.allOf(Rol.class);
    /** Open to everyone, signed in or not. */
    private static final Set<Rol> OPENBAAR = null;
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String SESSIE = "startklaswijzer-sessie";
    private static final String CSRF = "startklaswijzer-csrf";

    /** One endpoint or page: its method, path template and body type, a path to try, and who may use it (null: anyone). */
    record Toegang(String methode, String pad, String type, String voorbeeld, Set<Rol> rollen) {

        boolean isPagina() {
            return !pad.startsWith("/api/");
        }

        String sleutel() {
            return methode + " " + pad + " " + type;
        }
    }

    private static final List<Toegang> MATRIX = List.of(
            api("GET", "/api/v1/status", OPENBAAR),
            api("POST", "/api/v1/signaleringen", Rol.VOORSCHOOL, Rol.KNOOPPUNT),
            api("POST", "/api/v1/adviezen", Rol.KNOOPPUNT, Rol.BELEID),
            new Toegang("POST", "/api/v1/adviezen/batch", "application/x-ndjson", "/api/v1/adviezen/batch",
                    EnumSet.of(Rol.KNOOPPUNT, Rol.BELEID)),
            api("GET", "/api/v1/regelsets", IEDEREEN_AANGEMELD),
            new Toegang("GET", "/api/v1/regelsets/{naam}/regels", "", "/api/v1/regelsets/cluster-brunssum/regels", IEDEREEN_AANGEMELD),
            api("POST", "/api/v1/regelsets/validatie", Rol.BELEID),
            new Toegang("POST", "/api/v1/regelsets/{naam}/publicaties", "application/json",
                    "/api/v1/regelsets/cluster-brunssum/publicaties", EnumSet.of(Rol.BELEID)),
            new Toegang("GET", "/api/v1/regelsets/{naam}/versies", "", "/api/v1/regelsets/cluster-brunssum/versies",
                    EnumSet.of(Rol.BELEID)),
            new Toegang("GET", "/api/v1/regelsets/{naam}/verschil", "", "/api/v1/regelsets/cluster-brunssum/verschil",
                    EnumSet.of(Rol.BELEID)),
            new Toegang("POST", "/api/v1/regelsets/{naam}/versies/{versie}/terugzetten", "application/json",
                    "/api/v1/regelsets/cluster-brunssum/versies/onbekend/terugzetten", EnumSet.of(Rol.BELEID)),
            new Toegang("POST", "/api/v1/regelsets/{naam}/impact", "application/json", "/api/v1/regelsets/cluster-brunssum/impact",
                    EnumSet.of(Rol.BELEID)),
            new Toegang("POST", "/api/v1/regelsets/{naam}/impact", "text/plain", "/api/v1/regelsets/cluster-brunssum/impact",
                    EnumSet.of(Rol.BELEID)),
            api("GET", "/api/v1/gebruikers", Rol.BEHEER),
            api("POST", "/api/v1/gebruikers", Rol.BEHEER),
            new Toegang("GET", "/api/v1/gebruikers/{naam}", "", "/api/v1/gebruikers/beheer", EnumSet.of(Rol.BEHEER)),
            new Toegang("PUT", "/api/v1/gebruikers/{naam}/rollen", "application/json", "/api/v1/gebruikers/niemand/rollen", EnumSet.of(Rol.BEHEER)),
            new Toegang("PUT", "/api/v1/gebruikers/{naam}/actief", "application/json", "/api/v1/gebruikers/niemand/actief", EnumSet.of(Rol.BEHEER)),
            new Toegang("PUT", "/api/v1/gebruikers/{naam}/wachtwoord", "application/json", "/api/v1/gebruikers/niemand/wachtwoord", EnumSet.of(Rol.BEHEER)),
            api("GET", "/api/v1/audit", Rol.BEHEER),
            new Toegang("POST", "/api/v1/dossiers/{referentie}/adviezen", "application/json", "/api/v1/dossiers/M-1/adviezen",
                    EnumSet.of(Rol.KNOOPPUNT)),
            new Toegang("GET", "/api/v1/dossiers/{referentie}", "", "/api/v1/dossiers/M-1", EnumSet.of(Rol.KNOOPPUNT)),
            new Toegang("DELETE", "/api/v1/dossiers/{referentie}", "application/json", "/api/v1/dossiers/M-onbekend",
                    EnumSet.of(Rol.KNOOPPUNT)),
            new Toegang("GET", "/api/v1/dossiers/{referentie}/adviezen/{id}", "", "/api/v1/dossiers/M-1/adviezen/999999",
                    EnumSet.of(Rol.KNOOPPUNT)),
            new Toegang("GET", "/api/v1/dossiers/{referentie}/adviezen/{id}/herbeoordeling", "",
                    "/api/v1/dossiers/M-1/adviezen/999999/herbeoordeling", EnumSet.of(Rol.KNOOPPUNT)),
            new Toegang("POST", "/api/v1/dossiers/{referentie}/besluiten", "application/json", "/api/v1/dossiers/M-1/besluiten",
                    EnumSet.of(Rol.KNOOPPUNT)),
            new Toegang("POST", "/api/v1/dossiers/{referentie}/verloop", "application/json", "/api/v1/dossiers/M-1/verloop",
                    EnumSet.of(Rol.KNOOPPUNT)),
            api("GET", "/api/v1/groepen", Rol.KNOOPPUNT),
            api("POST", "/api/v1/groepen", Rol.KNOOPPUNT),
            new Toegang("GET", "/api/v1/groepen/{naam}", "", "/api/v1/groepen/onbekend", EnumSet.of(Rol.KNOOPPUNT)),
            api("GET", "/api/v1/agenda", Rol.KNOOPPUNT),
            new Toegang("POST", "/api/v1/agenda/{id}/gedaan", "application/json", "/api/v1/agenda/999999/gedaan", EnumSet.of(Rol.KNOOPPUNT)),
            api("GET", "/api/v1/monitor", Rol.BELEID, Rol.KNOOPPUNT),
            pagina("GET", "/", IEDEREEN_AANGEMELD),
            pagina("GET", "/inloggen", OPENBAAR),
            pagina("POST", "/uitloggen", IEDEREEN_AANGEMELD),
            pagina("GET", "/casus", Rol.KNOOPPUNT, Rol.BELEID),
            pagina("POST", "/casus", Rol.KNOOPPUNT, Rol.BELEID),
            pagina("POST", "/casus/opslaan", Rol.KNOOPPUNT),
            pagina("GET", "/dossiers", Rol.KNOOPPUNT),
            new Toegang("GET", "/dossiers/{referentie}", "", "/dossiers/K-MATRIX", EnumSet.of(Rol.KNOOPPUNT)),
            new Toegang("POST", "/dossiers/{referentie}/besluiten", "application/x-www-form-urlencoded", "/dossiers/K-MATRIX/besluiten",
                    EnumSet.of(Rol.KNOOPPUNT)),
            new Toegang("POST", "/dossiers/{referentie}/verloop", "application/x-www-form-urlencoded", "/dossiers/K-MATRIX/verloop",
                    EnumSet.of(Rol.KNOOPPUNT)),
            new Toegang("GET", "/dossiers/{referentie}/verwijderen", "", "/dossiers/K-MATRIX/verwijderen", EnumSet.of(Rol.KNOOPPUNT)),
            new Toegang("POST", "/dossiers/{referentie}/verwijderen", "application/x-www-form-urlencoded", "/dossiers/K-MATRIX/verwijderen",
                    EnumSet.of(Rol.KNOOPPUNT)),
            new Toegang("GET", "/dossiers/{referentie}/adviezen/{id}", "", "/dossiers/K-MATRIX/adviezen/1", EnumSet.of(Rol.KNOOPPUNT)),
            new Toegang("GET", "/dossiers/{referentie}/adviezen/{id}/herbeoordeling", "", "/dossiers/K-MATRIX/adviezen/1/herbeoordeling",
                    EnumSet.of(Rol.KNOOPPUNT)),
            pagina("GET", "/agenda", Rol.KNOOPPUNT),
            new Toegang("POST", "/agenda/{id}/gedaan", "application/x-www-form-urlencoded", "/agenda/999999/gedaan", EnumSet.of(Rol.KNOOPPUNT)),
            pagina("GET", "/groepen", Rol.KNOOPPUNT),
            pagina("POST", "/groepen", Rol.KNOOPPUNT),
            pagina("GET", "/monitor", Rol.BELEID, Rol.KNOOPPUNT),
            pagina("GET", "/signalering", Rol.VOORSCHOOL, Rol.KNOOPPUNT),
            pagina("POST", "/signalering", Rol.VOORSCHOOL, Rol.KNOOPPUNT),
            pagina("GET", "/regels", IEDEREEN_AANGEMELD),
            new Toegang("GET", "/regels/{naam}", "", "/regels/cluster-brunssum", IEDEREEN_AANGEMELD),
            new Toegang("GET", "/regels/{naam}/proberen", "", "/regels/cluster-brunssum/proberen", EnumSet.of(Rol.BELEID)),
            new Toegang("POST", "/regels/{naam}/publiceren", "application/x-www-form-urlencoded", "/regels/cluster-brunssum/publiceren",
                    EnumSet.of(Rol.BELEID)),
            new Toegang("GET", "/regels/{naam}/geschiedenis", "", "/regels/cluster-brunssum/geschiedenis", EnumSet.of(Rol.BELEID)),
            new Toegang("GET", "/regels/{naam}/verschil", "", "/regels/cluster-brunssum/verschil", EnumSet.of(Rol.BELEID)),
            new Toegang("POST", "/regels/{naam}/terugzetten", "application/x-www-form-urlencoded", "/regels/cluster-brunssum/terugzetten",
                    EnumSet.of(Rol.BELEID)),
            new Toegang("POST", "/regels/{naam}/proberen", "application/x-www-form-urlencoded", "/regels/cluster-brunssum/proberen",
                    EnumSet.of(Rol.BELEID)),
            pagina("GET", "/beheer", Rol.BEHEER),
            pagina("POST", "/beheer/gebruikers", Rol.BEHEER),
            new Toegang("POST", "/beheer/gebruikers/{naam}/rollen", "application/x-www-form-urlencoded", "/beheer/gebruikers/niemand/rollen",
                    EnumSet.of(Rol.BEHEER)),
            new Toegang("POST", "/beheer/gebruikers/{naam}/actief", "application/x-www-form-urlencoded", "/beheer/gebruikers/niemand/actief",
                    EnumSet.of(Rol.BEHEER)),
            new Toegang("POST", "/beheer/gebruikers/{naam}/wachtwoord", "application/x-www-form-urlencoded",
                    "/beheer/gebruikers/niemand/wachtwoord", EnumSet.of(Rol.BEHEER)),
            // The warm handover: signals and consent in the dossier, organisations.
            new Toegang("POST", "/api/v1/dossiers/{referentie}/signaleringen", "application/json", "/api/v1/dossiers/M-1/signaleringen",
                    EnumSet.of(Rol.VOORSCHOOL)),
            new Toegang("GET", "/api/v1/dossiers/{referentie}/signaleringen", "", "/api/v1/dossiers/M-1/signaleringen",
                    EnumSet.of(Rol.VOORSCHOOL, Rol.KNOOPPUNT)),
            new Toegang("GET", "/api/v1/dossiers/{referentie}/signaleringen/{id}", "", "/api/v1/dossiers/M-1/signaleringen/999999",
                    EnumSet.of(Rol.VOORSCHOOL, Rol.KNOOPPUNT)),
            new Toegang("POST", "/api/v1/dossiers/{referentie}/toestemming", "application/json", "/api/v1/dossiers/M-1/toestemming",
                    EnumSet.of(Rol.VOORSCHOOL)),
            new Toegang("POST", "/api/v1/dossiers/{referentie}/toestemming/intrekking", "application/json",
                    "/api/v1/dossiers/M-1/toestemming/intrekking", EnumSet.of(Rol.VOORSCHOOL)),
            api("GET", "/api/v1/overdrachten", Rol.VOORSCHOOL, Rol.KNOOPPUNT),
            api("GET", "/api/v1/organisaties", Rol.BEHEER),
            api("POST", "/api/v1/organisaties", Rol.BEHEER),
            new Toegang("GET", "/api/v1/organisaties/{code}", "", "/api/v1/organisaties/onbekend", EnumSet.of(Rol.BEHEER)),
            new Toegang("PUT", "/api/v1/gebruikers/{naam}/organisatie", "application/json", "/api/v1/gebruikers/niemand/organisatie",
                    EnumSet.of(Rol.BEHEER)),
            pagina("POST", "/signalering/vastleggen", Rol.VOORSCHOOL),
            new Toegang("GET", "/signalering/vastgelegd/{referentie}", "", "/signalering/vastgelegd/K-MATRIX", EnumSet.of(Rol.VOORSCHOOL)),
            new Toegang("POST", "/signalering/vastgelegd/{referentie}/toestemming", "application/x-www-form-urlencoded",
                    "/signalering/vastgelegd/K-MATRIX/toestemming", EnumSet.of(Rol.VOORSCHOOL)),
            new Toegang("POST", "/signalering/vastgelegd/{referentie}/intrekking", "application/x-www-form-urlencoded",
                    "/signalering/vastgelegd/K-MATRIX/intrekking", EnumSet.of(Rol.VOORSCHOOL)),
            pagina("POST", "/beheer/organisaties", Rol.BEHEER),
            new Toegang("POST", "/beheer/gebruikers/{naam}/organisatie", "application/x-www-form-urlencoded",
                    "/beheer/gebruikers/niemand/organisatie", EnumSet.of(Rol.BEHEER)));

    private final Map<Rol, String> gebruikers = new EnumMap<>(Rol.class);

    @BeforeEach
    void eenGebruikerPerRol() {
        for (Rol rol : Rol.values()) {
            gebruikers.put(rol, TestGebruikers.zorgVoor("matrix-" + rol.name().toLowerCase(), rol));
        }
    }

    @Test
    void everyEndpointAndPageIsInTheTable() throws IOException {
        Set<String> inTable = new TreeSet<>(MATRIX.stream().map(Toegang::sleutel).toList());
        Set<String> served = new TreeSet<>(resourceMethods());
        assertEquals(served, inTable, "elk endpoint en elke pagina staat in de toegangstabel, en de tabel noemt niets anders");
    }

    @Test
    void noUserGetsOnlyWhatIsPublic() {
        for (Toegang toegang : MATRIX) {
            Response response = request(toegang, null);
            if (toegang.rollen() == null) {
                assertFalse(Set.of(401, 403).contains(response.statusCode()), toegang.sleutel() + " is open voor iedereen");
            } else if (toegang.isPagina()) {
                assertEquals(303, response.statusCode(), toegang.sleutel() + ": naar het aanmeldformulier");
                assertTrue(response.header("Location").endsWith("/inloggen"), toegang.sleutel());
            } else {
                assertEquals(401, response.statusCode(), toegang.sleutel());
                assertTrue(response.asString().contains("\"fouten\""), toegang.sleutel() + ": 401 met fouten");
            }
        }
    }

    @Test
    void eachRoleGetsExactlyWhatTheTableSays() {
        for (Rol rol : Rol.values()) {
            Aangemeld user = signIn(gebruikers.get(rol));
            for (Toegang toegang : MATRIX) {
                Response response = request(toegang, user);
                String what = rol + " " + toegang.sleutel() + " (" + response.statusCode() + ")";
                if (toegang.rollen() == null || toegang.rollen().contains(rol)) {
                    assertFalse(Set.of(401, 403).contains(response.statusCode()), what + " is toegestaan");
                    // The example requests carry no or half input: that is a 4xx, never a fault of ours.
                    assertTrue(response.statusCode() < 500, what + " geeft een serverfout");
                } else {
                    assertEquals(403, response.statusCode(), what + " is niet toegestaan");
                    assertTrue(response.asString().contains(toegang.isPagina() ? "uw rol geeft geen toegang" : "\"fouten\""), what);
                }
            }
        }
    }

    /** A signed-in user: HTTP Basic for the API, the session cookie and a form token for the pages. */
    private record Aangemeld(String naam, String sessie, String csrfCookie, String token) {
    }

    private static Aangemeld signIn(String naam) {
        String sessie = given().contentType(ContentType.URLENC).redirects().follow(false)
                .formParam("j_username", naam).formParam("j_password", TestGebruikers.wachtwoord(naam))
                .when().post("/j_security_check")
                .then().statusCode(302).extract().cookie(SESSIE);
        Response page = given().cookie(SESSIE, sessie).when().get("/inloggen");
        Matcher token = TOKEN.matcher(page.asString());
        assertTrue(token.find(), "de aangemelde gebruiker krijgt een formuliertoken");
        return new Aangemeld(naam, sessie, page.cookie(CSRF), token.group(1));
    }

    private static Response request(Toegang toegang, Aangemeld user) {
        RequestSpecification spec = given().redirects().follow(false);
        if (user != null && toegang.isPagina()) {
            spec.cookie(SESSIE, user.sessie()).cookie(CSRF, user.csrfCookie());
        } else if (user != null) {
            spec.auth().preemptive().basic(user.naam(), TestGebruikers.wachtwoord(user.naam()));
        }
        if (toegang.type().equals("application/x-www-form-urlencoded")) {
            spec.contentType(ContentType.URLENC).formParam("_csrf", user == null ? "" : user.token());
        } else if (!toegang.type().isEmpty()) {
            spec.contentType(toegang.type()).body((toegang.type().equals("application/json") ? "{}" : "\n").getBytes(StandardCharsets.UTF_8));
        }
        return spec.when().request(toegang.methode(), toegang.voorbeeld());
    }

    private static Toegang api(String methode, String pad, Set<Rol> rollen) {
        return new Toegang(methode, pad, methode.equals("GET") ? "" : "application/json", pad, rollen);
    }

    private static Toegang api(String methode, String pad, Rol... rollen) {
        return api(methode, pad, EnumSet.copyOf(Arrays.asList(rollen)));
    }

    private static Toegang pagina(String methode, String pad, Set<Rol> rollen) {
        return new Toegang(methode, pad, methode.equals("GET") ? "" : "application/x-www-form-urlencoded", pad, rollen);
    }

    private static Toegang pagina(String methode, String pad, Rol... rollen) {
        return pagina(methode, pad, EnumSet.copyOf(Arrays.asList(rollen)));
    }

    /** Every JAX-RS method of the service's own classes, as "METHOD /path type". */
    private static List<String> resourceMethods() throws IOException {
        java.nio.file.Path classes = Paths.get("target", "classes");
        List<String> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, ToegangsmatrixTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = (root.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/");
                        path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
                        found.add(verb + " " + path + " " + consumes(type, method, verb));
                    }
                }
            }
        }
        return found;
    }

    private static String verb(Method method) {
        for (Class<? extends Annotation> verb : List.of(GET.class, POST.class, PUT.class, DELETE.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    /** The body type a method reads: its own @Consumes, its class's, JSON for a JSON API, form for a page. */
    private static String consumes(Class<?> type, Method method, String verb) {
        if (verb.equals("GET")) {
            return "";
        }
        Consumes consumes = method.getAnnotation(Consumes.class) != null ? method.getAnnotation(Consumes.class)
                : type.getAnnotation(Consumes.class);
        if (consumes != null) {
            return consumes.value()[0];
        }
        return type.getAnnotation(Path.class).value().startsWith("/api/") ? "application/json" : "application/x-www-form-urlencoded";
    }
}
