package nl.startklaswijzer.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.startklaswijzer.beveiliging.GebruikersBeheer;
import nl.startklaswijzer.beveiliging.Organisatie;
import nl.startklaswijzer.beveiliging.OrganisatieSoort;
import nl.startklaswijzer.beveiliging.Rol;
import nl.startklaswijzer.domein.Kind;
import nl.startklaswijzer.domein.Ondersteuningsbehoefte;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.domein.Voorziening;
import nl.startklaswijzer.opslag.Database;
import nl.startklaswijzer.overdracht.Aanvrager;
import nl.startklaswijzer.overdracht.Doel;
import nl.startklaswijzer.overdracht.OverdrachtDienst;
import nl.startklaswijzer.overdracht.OverdrachtVerzoeken;
import nl.startklaswijzer.overdracht.Toestemmer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The warm handover on the pages over HTTP: "Vastleggen en overdragen" on the Signalering page, the voorschool's own
 * record with its consent forms, what the knooppunt sees on its Agenda and in the dossier's timeline, and organisations
 * on the Beheer page. The signed-in test users exist as stored users, so that their organisation is found.
 */
@QuarkusTest
class OverdrachtPaginasTest {

    private static final Organisatie KLIMOP = new Organisatie("psz-klimop-pagina", "Peuterspeelzaal De Klimop",
            OrganisatieSoort.VOORSCHOOL);
    private static final Organisatie VLINDER = new Organisatie("kdv-vlinder-pagina", "Kinderdagverblijf De Vlinder",
            OrganisatieSoort.VOORSCHOOL);

    @Inject
    GebruikersBeheer beheer;

    @Inject
    OverdrachtDienst overdracht;

    @Inject
    Database database;

    @BeforeEach
    void voorschoolsAndTheirUsers() {
        for (Organisatie o : List.of(KLIMOP, VLINDER)) {
            if (beheer.organisaties().stream().noneMatch(b -> b.code().equals(o.code()))) {
                beheer.maakOrganisatie("test", o.code(), o.naam(), o.soort());
            }
        }
        maak("pagina-klimop", KLIMOP.code());
        maak("pagina-vlinder", VLINDER.code());
        maak("pagina-zonder", null);
    }

    private void maak(String naam, String organisatie) {
        if (beheer.alle().stream().noneMatch(g -> g.gebruikersnaam().equals(naam))) {
            beheer.maakAan("test", naam, naam + "-wachtwoord-123", EnumSet.of(Rol.VOORSCHOOL), organisatie);
        }
    }

    private static String nieuweReferentie() {
        return "P-PAG-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static LocalDate geboren() {
        return Peildatum.vandaag().minusYears(3).minusMonths(1).withDayOfMonth(15);
    }

    private static RequestSpecification signalering(String referentie, LocalDate geboren) {
        return formulier("/signalering")
                .formParam("peildatum", Peildatum.vandaag().toString())
                .formParam("kind.referentie", referentie)
                .formParam("kind.geboortedatum", geboren.toString())
                .formParam("voorziening", "PEUTERSPEELZAAL")
                .formParam("kind.ondersteuningsbehoeften", "SPRAAK_TAAL")
                .formParam("verslaglegging", "ja");
    }

    private static RequestSpecification formulier(String page) {
        return Formulieren.vanPagina(page).redirects().follow(false);
    }

    /** A signal of De Klimop recorded through the service, as the API records it. */
    private String legVastVoorKlimop(boolean metToestemming) {
        String referentie = nieuweReferentie();
        OverdrachtVerzoeken.Vastleggen verzoek = new OverdrachtVerzoeken.Vastleggen();
        Kind kind = new Kind();
        kind.setGeboortedatum(geboren());
        kind.setOndersteuningsbehoeften(List.of(Ondersteuningsbehoefte.SPRAAK_TAAL));
        verzoek.setKind(kind);
        verzoek.setVoorziening(Voorziening.PEUTERSPEELZAAL);
        if (metToestemming) {
            verzoek.setToestemming(new OverdrachtVerzoeken.Toestemming(Toestemmer.OUDERS, Peildatum.vandaag(),
                    List.of(Doel.WARME_OVERDRACHT)));
        }
        overdracht.legVast(new Aanvrager("pagina-klimop", KLIMOP, false), referentie, verzoek);
        return referentie;
    }

    @Test
    @TestSecurity(user = "pagina-klimop", roles = "VOORSCHOOL")
    void aVoorschoolRecordsAndHandsOverThenRecordsAndWithdrawsConsent() {
        given().when().get("/signalering").then().statusCode(200)
                .body(containsString("formaction=\"/signalering/vastleggen\">Vastleggen en overdragen</button>"))
                .body(containsString("Bij vastleggen: de toestemming van de ouders"));
        String referentie = nieuweReferentie();
        String pagina = "/signalering/vastgelegd/" + referentie;
        signalering(referentie, geboren()).when().post("/signalering/vastleggen")
                .then().statusCode(303).header("Location", containsString(pagina + "?gedaan="));
        given().when().get(pagina).then().statusCode(200)
                .body(containsString("<h1>Signalering " + referentie + "</h1>"))
                .body(containsString("Signalering van Peuterspeelzaal De Klimop: bespreek het kind in een knooppunt"))
                .body(containsString("Knooppunt rond</dt><dd>" + Weergave.datum(geboren().plusMonths(42)) + "</dd>"))
                .body(containsString("Nog geen toestemming vastgelegd"))
                .body(containsString("action=\"/signalering/vastgelegd/" + referentie + "/toestemming\""));
        given().when().get("/signalering").then().statusCode(200)
                .body(containsString("<a href=\"/signalering/vastgelegd/" + referentie + "\">" + referentie + "</a>"));

        formulier(pagina).formParam("toestemming.datum", Peildatum.vandaag().toString())
                .formParam("toestemming.voor", "WARME_OVERDRACHT")
                .when().post(pagina + "/toestemming")
                .then().statusCode(400)
                .body(containsString("id=\"veld-toestemming-gegevenDoor-fout\""))
                .body(containsString("Wie gaf toestemming?"));
        formulier(pagina).formParam("toestemming.gegevenDoor", "OUDER_MET_GEZAG")
                .formParam("toestemming.datum", Peildatum.vandaag().toString()).formParam("toestemming.voor", "WARME_OVERDRACHT")
                .when().post(pagina + "/toestemming")
                .then().statusCode(303);
        given().when().get(pagina).then().statusCode(200)
                .body(containsString("Gegeven door</dt><dd>één ouder met gezag</dd>"))
                .body(containsString("Toestemming intrekken"));

        formulier(pagina).formParam("intrekking.datum", Peildatum.vandaag().plusDays(1).toString())
                .when().post(pagina + "/intrekking")
                .then().statusCode(400)
                .body(containsString("id=\"veld-intrekking-datum-fout\""));
        formulier(pagina).formParam("intrekking.datum", Peildatum.vandaag().toString())
                .when().post(pagina + "/intrekking")
                .then().statusCode(303);
        given().when().get(pagina).then().statusCode(200)
                .body(containsString("<h3>Eerder ingetrokken</h3>"))
                .body(containsString("Ingetrokken op</dt><dd>" + Weergave.datum(Peildatum.vandaag()) + "</dd>"))
                .body(containsString("Nog geen toestemming vastgelegd"));
    }

    @Test
    @TestSecurity(user = "pagina-klimop", roles = "VOORSCHOOL")
    void refusalsOfVastleggenAreShownAtTheirFieldsAndRecordNothing() {
        signalering("", geboren()).when().post("/signalering/vastleggen")
                .then().statusCode(400)
                .body(containsString("id=\"veld-kind-referentie-fout\""))
                .body(containsString("om de signalering vast te leggen"));
        String oud = nieuweReferentie();
        signalering(oud, Peildatum.vandaag().minusYears(4).minusMonths(2)).when().post("/signalering/vastleggen")
                .then().statusCode(400)
                .body(containsString("id=\"veld-kind-geboortedatum-fout\""))
                .body(containsString("jonger dan 4 jaar"));
        signalering(oud, geboren()).formParam("toestemmingOuders", "ja").formParam("toestemming.voor", "WARME_OVERDRACHT")
                .when().post("/signalering/vastleggen")
                .then().statusCode(400)
                .body(containsString("id=\"veld-toestemming-gegevenDoor-fout\""))
                .body(containsString("value=\"" + oud + "\""));
        String vanDeKlimop = legVastVoorKlimop(false);
        assertEquals(0, database.query("SELECT COUNT(*) FROM dossier WHERE referentie = ?", row -> row.getInt(1), oud).get(0));
        assertEquals(1, database.query("SELECT COUNT(*) FROM signalering WHERE referentie = ?", row -> row.getInt(1), vanDeKlimop)
                .get(0));
    }

    @Test
    @TestSecurity(user = "pagina-vlinder", roles = "VOORSCHOOL")
    void anotherVoorschoolDoesNotFindTheRecordOrWriteToItsReference() {
        String vanDeKlimop = legVastVoorKlimop(true);
        given().when().get("/signalering/vastgelegd/" + vanDeKlimop).then().statusCode(404)
                .body(containsString("Er is geen dossier " + vanDeKlimop + " met een signalering van uw organisatie."))
                .body(not(containsString("bespreek het kind")));
        given().when().get("/signalering").then().statusCode(200).body(not(containsString(vanDeKlimop)));
        signalering(vanDeKlimop, geboren()).when().post("/signalering/vastleggen")
                .then().statusCode(404)
                .body(containsString("in gebruik bij een andere organisatie"));
        assertEquals(1, database.query("SELECT COUNT(*) FROM signalering WHERE referentie = ?", row -> row.getInt(1), vanDeKlimop)
                .get(0));
    }

    @Test
    @TestSecurity(user = "pagina-zonder", roles = "VOORSCHOOL")
    void aVoorschoolUserWithoutAVoorschoolIsToldWhyItCannotRecord() {
        given().when().get("/signalering").then().statusCode(200)
                .body(containsString("Uw account hoort niet bij een voorschoolse voorziening."));
        signalering(nieuweReferentie(), geboren()).when().post("/signalering/vastleggen")
                .then().statusCode(400)
                .body(containsString("Vraag beheer om uw organisatie in te stellen."));
    }

    @Test
    @TestSecurity(user = "pagina-knooppunt", roles = "KNOOPPUNT")
    void theKnooppuntSeesIncomingSignalsOnItsAgendaAndInTheTimelineAsConsentAllows() {
        String zonder = legVastVoorKlimop(false);
        String met = legVastVoorKlimop(true);
        given().when().get("/agenda?tot=" + geboren().plusMonths(44)).then().statusCode(200)
                .body(containsString("Binnenkomende signaleringen"))
                .body(containsString("<a href=\"/dossiers/" + zonder + "\">" + zonder + "</a>"))
                .body(containsString("<strong>nog niet vastgelegd:</strong> vraag de voorschool"))
                .body(containsString("gegeven op " + Weergave.datum(Peildatum.vandaag())))
                .body(containsString("Knooppunt plannen: de voorschool signaleert een ondersteuningsbehoefte"))
                .body(containsString("Niet eerder op school inschrijven dan deze datum"));
        given().when().get("/dossiers/" + zonder).then().statusCode(200)
                .body(containsString("Signalering van Peuterspeelzaal De Klimop: wacht op de toestemming van de ouders"))
                .body(containsString("Knooppunt rond</dt><dd>" + Weergave.datum(geboren().plusMonths(42)) + "</dd>"))
                .body(not(containsString("bespreek het kind in een knooppunt")))
                .body(not(containsString("Reden</dt>")));
        given().when().get("/dossiers/" + met).then().statusCode(200)
                .body(containsString("Signalering van Peuterspeelzaal De Klimop: bespreek het kind in een knooppunt"))
                .body(containsString("Reden</dt><dd>De voorschool ziet een ondersteuningsbehoefte (spraak-taal)."))
                .body(containsString("Toestemming van de ouders voor de warme overdracht (Peuterspeelzaal De Klimop)"))
                .body(containsString("Gegeven door</dt><dd>de ouders of verzorgers samen</dd>"));
    }

    @Test
    @TestSecurity(user = "beheer", roles = "BEHEER")
    void beheerCreatesAnOrganisationAndSetsAUsersOrganisation() {
        String code = "psz-" + UUID.randomUUID().toString().substring(0, 6);
        formulier("/beheer").formParam("code", code).formParam("naam", "Peuterspeelzaal Het Anker")
                .formParam("soort", "VOORSCHOOL")
                .when().post("/beheer/organisaties")
                .then().statusCode(303);
        formulier("/beheer").formParam("code", code).formParam("naam", "Dubbel").formParam("soort", "VOORSCHOOL")
                .when().post("/beheer/organisaties")
                .then().statusCode(400).body(containsString("De organisatie &#39;" + code + "&#39; bestaat al."));
        formulier("/beheer").formParam("organisatie", code)
                .when().post("/beheer/gebruikers/pagina-zonder/organisatie")
                .then().statusCode(303);
        given().when().get("/beheer").then().statusCode(200)
                .body(containsString("<option value=\"" + code + "\" selected>Peuterspeelzaal Het Anker (voorschoolse voorziening)</option>"))
                .body(containsString("ORGANISATIE_GEWIJZIGD"));
        formulier("/beheer").formParam("organisatie", "")
                .when().post("/beheer/gebruikers/pagina-zonder/organisatie")
                .then().statusCode(303);
        formulier("/beheer").formParam("organisatie", "bestaat-niet")
                .when().post("/beheer/gebruikers/pagina-zonder/organisatie")
                .then().statusCode(400).body(containsString("Er is geen organisatie &#39;bestaat-niet&#39;"));
        assertEquals(null, beheer.lees("pagina-zonder").organisatie());
    }
}
