package nl.startklaswijzer.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.opslag.Database;
import org.junit.jupiter.api.Test;

/**
 * The knooppunt's dossier pages over HTTP: saving a case from the advice page, the dossier's timeline and forms, the
 * agenda and the groups, each refusal at its field. Each test uses references and groups of its own.
 */
@QuarkusTest
@TestSecurity(user = "knooppunt-paginas", roles = "KNOOPPUNT")
class DossierPaginasTest {

    private static final Pattern ADVIES = Pattern.compile("/dossiers/[^/]+/adviezen/(\\d+)\"");
    private static final Pattern AGENDAPUNT = Pattern.compile("action=\"/agenda/(\\d+)/gedaan\"");
    private static final Pattern VERSIE = Pattern.compile("name=\"versie\" value=\"(\\d+)\"");

    @Inject
    Database database;

    @Test
    void theDossierPagesRenderInDutch() {
        for (String page : new String[] {"/dossiers", "/agenda", "/groepen"}) {
            given().when().get(page)
                    .then().statusCode(200)
                    .contentType(ContentType.HTML)
                    .body(containsString("<html lang=\"nl\">"))
                    .body(containsString("href=\"/dossiers\">Dossiers</a>"));
        }
    }

    @Test
    void findingADossierGoesToItsPageAndAnUnknownOneSaysSo() {
        given().redirects().follow(false).when().get("/dossiers?referentie=K-ZOEK-1")
                .then().statusCode(303).header("Location", endsWith("/dossiers/K-ZOEK-1"));
        given().when().get("/dossiers/K-ZOEK-1")
                .then().statusCode(404)
                .body(containsString("<h1>Dossiers</h1>"))
                .body(containsString("id=\"veld-referentie-fout\""))
                .body(containsString("Er is geen dossier met referentie &#39;K-ZOEK-1&#39;."))
                .body(containsString("value=\"K-ZOEK-1\""));
        given().when().get("/dossiers?referentie=123456789")
                .then().statusCode(400)
                .body(containsString("nooit een naam of BSN"));
        given().queryParam("referentie", "").when().get("/dossiers")
                .then().statusCode(400)
                .body(containsString("Vul de referentie van het dossier in"));
    }

    @Test
    void aGroupIsCreatedOnTheGroepenPageWithEachRefusalAtItsField() {
        formulier("/groepen").formParam("naam", "Paginagroep").formParam("plaats", "Brunssum").formParam("capaciteit", "twaalf")
                .when().post("/groepen")
                .then().statusCode(400)
                .body(containsString("<p class=\"foutmelding\" id=\"veld-capaciteit-fout\"><span class=\"visueel-verborgen\">Fout: </span>"
                        + "&#39;twaalf&#39; is geen geldige waarde; verwacht: een getal.</p>"))
                .body(containsString("value=\"Paginagroep\""));
        formulier("/groepen").formParam("naam", "Paginagroep").formParam("plaats", "").formParam("capaciteit", "12")
                .when().post("/groepen")
                .then().statusCode(400)
                .body(containsString("id=\"veld-plaats-fout\""));
        formulier("/groepen").formParam("naam", "Paginagroep").formParam("plaats", "BS De Wissel").formParam("capaciteit", "12")
                .when().post("/groepen")
                .then().statusCode(303).header("Location", containsString("/groepen?gedaan=Groep+Paginagroep+is+aangemaakt."));
        formulier("/groepen").formParam("naam", "Paginagroep").formParam("plaats", "Elders").formParam("capaciteit", "8")
                .when().post("/groepen")
                .then().statusCode(400)
                .body(containsString("De groep &#39;Paginagroep&#39; bestaat al."));
        given().queryParam("gedaan", "Groep Paginagroep is aangemaakt.").when().get("/groepen")
                .then().statusCode(200)
                .body(containsString("Groep Paginagroep is aangemaakt."))
                .body(containsString("<a href=\"#groep-Paginagroep\">Paginagroep</a>"))
                .body(containsString("<th scope=\"row\">Niet zindelijk</th>"));
        given().when().get("/groepen?op=morgen")
                .then().statusCode(400)
                .body(containsString("&#39;morgen&#39; is geen geldige datum; gebruik JJJJ-MM-DD."));
    }

    @Test
    void theAdvicePageOffersToSaveTheSameCaseAndWithoutAReferenceTheFormSaysSo() {
        formulier("/casus").formParams(casus("K-PAG-OPSLAAN")).when().post("/casus")
                .then().statusCode(200)
                .body(containsString("<form method=\"post\" action=\"/casus/opslaan\""))
                .body(containsString("<input type=\"hidden\" name=\"kind.referentie\" value=\"K-PAG-OPSLAAN\">"))
                .body(containsString("<input type=\"hidden\" name=\"kind.ondersteuningsbehoeften\" value=\"GEDRAG\">"));

        formulier("/casus").formParams(casus("")).when().post("/casus/opslaan")
                .then().statusCode(400)
                .body(containsString("id=\"veld-kind-referentie-fout\""))
                .body(containsString("Vul een referentie in"))
                .body(containsString("action=\"/casus/opslaan\""))
                .body(containsString(">Opslaan in dossier</button>"));

        formulier("/casus").formParams(casus("K-PAG-OPSLAAN")).when().post("/casus/opslaan")
                .then().statusCode(303).header("Location", containsString("/dossiers/K-PAG-OPSLAAN?gedaan="));
        given().when().get("/dossiers/K-PAG-OPSLAAN")
                .then().statusCode(200)
                .body(containsString("<h1>Dossier K-PAG-OPSLAAN</h1>"))
                .body(containsString("Advies: startklas"))
                .body(containsString("Vastgelegd door</dt><dd>knooppunt-paginas</dd>"))
                .body(containsString("Zou het advies nu anders zijn?"));
    }

    @Test
    void aCaseMayNameARecordedGroupAndAnUnknownOneIsShownAtItsField() {
        maakGroep("Casusgroep");
        formulier("/casus").formParams(casus("K-PAG-GROEP")).formParam("startklas.groep", "Casusgroep").when().post("/casus")
                .then().statusCode(200)
                .body(containsString("groep Casusgroep: 0 leerlingen van 12"));
        formulier("/casus").formParams(casus("K-PAG-GROEP")).formParam("startklas.groep", "Bestaat niet").when().post("/casus")
                .then().statusCode(400)
                .body(containsString("id=\"veld-startklas-groep-fout\""))
                .body(containsString("Er is geen groep &#39;Bestaat niet&#39;."));
        formulier("/casus").formParams(casus("K-PAG-GROEP")).formParam("startklas.groep", "Casusgroep")
                .formParam("startklas.aantalLeerlingen", "3").when().post("/casus")
                .then().statusCode(400)
                .body(containsString("Noem de groep, of geef de capaciteit en de leerlingen zelf; niet allebei."))
                .body(containsString("<option value=\"Casusgroep\" selected>"));
    }

    @Test
    void aDecisionThatDepartsFromTheAdviceNamesItsReasonFromTheList() {
        String referentie = "K-PAG-REDEN";
        bewaar(referentie);
        String pagina = "/dossiers/" + referentie;
        String versie = versie(pagina);
        given().when().get(pagina).then().statusCode(200)
                .body(containsString("<option value=\"THUISNABIJ\">Onderwijs dichter bij huis</option>"));
        besluit(pagina, versie).formParam("besluit.datum", vandaag()).formParam("besluit.arrangement", "STARTKLAS")
                .formParam("besluit.afwijkingsreden", "THUISNABIJ").formParam("besluit.aanwezig", "OUDERS")
                .when().post(pagina + "/besluiten")
                .then().statusCode(400)
                .body(containsString("id=\"veld-besluit-afwijkingsreden-fout\""))
                .body(containsString("een reden van afwijking hoort er niet bij"));
        besluit(pagina, versie).formParam("besluit.datum", vandaag()).formParam("besluit.arrangement", "MOEDERSCHOOL")
                .formParam("besluit.afwijkingsreden", "THUISNABIJ").formParam("besluit.aanwezig", "OUDERS")
                .formParam("besluit.motivatie", "De moederschool om de hoek zet extra begeleiding in.")
                .when().post(pagina + "/besluiten")
                .then().statusCode(303);
        given().when().get(pagina).then().statusCode(200)
                .body(containsString("Reden van afwijking"))
                .body(containsString("onderwijs dichter bij huis"));
    }

    @Test
    void aDecisionIsRecordedWithEachRefusalAtItsFieldAndAConcurrentChangeIsAConflict() {
        String referentie = "K-PAG-BESLUIT";
        maakGroep("Besluitgroep");
        bewaar(referentie);
        String pagina = "/dossiers/" + referentie;
        String versie = versie(pagina);

        besluit(pagina, versie).formParam("besluit.datum", "01-09-2026")
                .when().post(pagina + "/besluiten")
                .then().statusCode(400)
                .body(containsString("<p class=\"foutmelding\" id=\"veld-besluit-datum-fout\"><span class=\"visueel-verborgen\">Fout: </span>"
                        + "&#39;01-09-2026&#39; is geen geldige datum; gebruik JJJJ-MM-DD.</p>"))
                .body(containsString("<a href=\"#veld-besluit-datum\">"));
        besluit(pagina, versie).formParam("besluit.datum", vandaag()).formParam("besluit.arrangement", "STARTKLAS")
                .formParam("besluit.startdatum", vandaag()).formParam("besluit.groep", "Besluitgroep")
                .when().post(pagina + "/besluiten")
                .then().statusCode(400)
                .body(containsString("id=\"veld-besluit-aanwezig-fout\""))
                .body(containsString("Noem wie er aan tafel zaten"))
                .body(containsString("value=\"STARTKLAS\" checked"))
                .body(containsString("<option value=\"Besluitgroep\" selected>"));
        besluit(pagina, versie).formParam("besluit.datum", vandaag()).formParam("besluit.arrangement", "MOEDERSCHOOL")
                .formParam("besluit.aanwezig", "OUDERS")
                .when().post(pagina + "/besluiten")
                .then().statusCode(400)
                .body(containsString("id=\"veld-besluit-motivatie-fout\""))
                .body(containsString("wijkt af van het laatste advies"));

        besluit(pagina, versie).formParam("besluit.datum", vandaag()).formParam("besluit.arrangement", "STARTKLAS")
                .formParam("besluit.startdatum", vandaag()).formParam("besluit.groep", "Besluitgroep")
                .formParam("besluit.aanwezig", "ONDERWIJSADVISEUR").formParam("besluit.aanwezig", "OUDERS")
                .when().post(pagina + "/besluiten")
                .then().statusCode(303).header("Location", containsString(pagina + "?gedaan="));

        besluit(pagina, versie).formParam("besluit.datum", vandaag()).formParam("besluit.arrangement", "STARTKLAS")
                .formParam("besluit.startdatum", vandaag()).formParam("besluit.groep", "Besluitgroep")
                .formParam("besluit.aanwezig", "OUDERS")
                .when().post(pagina + "/besluiten")
                .then().statusCode(409)
                .body(containsString("Het dossier is intussen gewijzigd (u zag versie " + versie))
                .body(containsString("<a href=\"#veld-besluit\">"))
                .body(containsString("name=\"versie\" value=\"" + (Integer.parseInt(versie) + 1) + "\""))
                .body(containsString("Hieronder staat het dossier zoals het nu is"));

        given().when().get(pagina)
                .then().statusCode(200)
                .body(containsString("<h3>Besluit: de startklas</h3>"))
                .body(containsString("Aanwezig</dt><dd>onderwijsadviseur, ouders</dd>"))
                .body(containsString("<h3>Start in de startklas</h3>"))
                .body(containsString("Evaluatie met de IB-er van de moederschool en de ouders"))
                .body(containsString("<h2 id=\"kop-verloop\">Verloop vastleggen</h2>"));
    }

    @Test
    void aStepInTheCourseIsRecordedAndTheAgendaFollows() {
        String referentie = "K-PAG-VERLOOP";
        maakGroep("Verloopgroep");
        bewaar(referentie);
        String pagina = "/dossiers/" + referentie;
        plaats(pagina, "Verloopgroep");

        formulier(pagina).formParam("versie", versie(pagina)).formParam("verloop.soort", "TERUGGEPLAATST")
                .when().post(pagina + "/verloop")
                .then().statusCode(400)
                .body(containsString("id=\"veld-verloop-datum-fout\""));
        formulier(pagina).formParam("versie", versie(pagina)).formParam("verloop.soort", "TERUGGEPLAATST")
                .formParam("verloop.datum", LocalDate.parse(vandaag()).plusWeeks(10).toString())
                .when().post(pagina + "/verloop")
                .then().statusCode(303).header("Location", containsString(pagina + "?gedaan="));
        given().when().get(pagina)
                .then().statusCode(200)
                .body(containsString("<h3>Teruggeplaatst op de moederschool</h3>"))
                .body(containsString("Einde van de nazorg na de terugplaatsing"))
                .body(not(containsString("Uiterste datum van terugplaatsing")));
    }

    @Test
    void theAgendaListsOverdueItemsFirstAndAnItemIsTickedOffFromTheDossier() {
        String referentie = "K-PAG-AGENDA";
        maakGroep("Agendagroep");
        bewaar(referentie);
        String pagina = "/dossiers/" + referentie;
        plaats(pagina, "Agendagroep");
        database.update("UPDATE agenda_item SET datum = ? WHERE referentie = ? AND soort = 'EVALUATIE_IB' AND datum = "
                + "(SELECT MIN(datum) FROM agenda_item WHERE referentie = ?)", Peildatum.vandaag().minusDays(1), referentie, referentie);

        String agenda = given().when().get("/agenda").then().statusCode(200)
                .body(containsString("<h2 id=\"kop-te-laat\">Te laat</h2>"))
                .body(containsString("<a href=\"/dossiers/K-PAG-AGENDA\">K-PAG-AGENDA</a>"))
                .body(containsString("<strong class=\"label label-TE_LAAT\">Te laat</strong>"))
                .extract().asString();
        given().when().get("/agenda?tot=2099-12-31").then().statusCode(200)
                .body(containsString("Uiterste datum van terugplaatsing"));
        given().when().get("/agenda?tot=31-12-2099").then().statusCode(400)
                .body(containsString("id=\"veld-tot-fout\""));

        Matcher overdue = AGENDAPUNT.matcher(agenda);
        overdue.find();
        formulier("/agenda").when().post("/agenda/" + overdue.group(1) + "/gedaan")
                .then().statusCode(303).header("Location", containsString("/agenda?gedaan=Afgevinkt"));
        formulier("/agenda").when().post("/agenda/999999999/gedaan")
                .then().statusCode(404)
                .body(containsString("Er is geen agendapunt 999999999."));

        Matcher next = AGENDAPUNT.matcher(given().when().get(pagina).asString());
        next.find();
        formulier(pagina).formParam("terug", "dossier")
                .when().post("/agenda/" + next.group(1) + "/gedaan")
                .then().statusCode(303).header("Location", containsString(pagina + "?gedaan=Afgevinkt"));
        given().when().get(pagina).then().statusCode(200)
                .body(containsString("Gedaan op "))
                .body(not(containsString("label-TE_LAAT")));
    }

    @Test
    void aRecordedAdviceIsShownAsGivenAndReEvaluated() {
        String referentie = "K-PAG-HERBEOORDEEL";
        bewaar(referentie);
        Matcher advies = ADVIES.matcher(given().when().get("/dossiers/" + referentie).asString());
        advies.find();
        String pad = "/dossiers/" + referentie + "/adviezen/" + advies.group(1);
        given().when().get(pad)
                .then().statusCode(200)
                .body(containsString("<h1>Vastgelegd advies voor K-PAG-HERBEOORDEEL</h1>"))
                .body(containsString("Vastgelegd op "))
                .body(containsString("Uitkomst: startklas"))
                .body(containsString("Ondersteuningsbehoeften</dt><dd>spraak-taal en gedrag</dd>"));
        given().when().get(pad + "/herbeoordeling")
                .then().statusCode(200)
                .body(containsString("<h1>Zou het advies nu anders zijn?</h1>"))
                .body(containsString("Nee, het advies zou nu hetzelfde zijn."))
                .body(containsString("het advies is te herhalen"));
        given().when().get("/dossiers/" + referentie + "/adviezen/999999999")
                .then().statusCode(404)
                .body(containsString("heeft geen advies 999999999"));
    }

    @Test
    void erasingADossierAsksFirst() {
        String referentie = "K-PAG-WISSEN";
        bewaar(referentie);
        given().when().get("/dossiers/" + referentie + "/verwijderen")
                .then().statusCode(200)
                .body(containsString("<h1>Weet u het zeker?</h1>"))
                .body(containsString("Vastgelegde adviezen, met hun casussen</dt><dd>1</dd>"));
        formulier("/dossiers/" + referentie + "/verwijderen").when().post("/dossiers/" + referentie + "/verwijderen")
                .then().statusCode(303).header("Location", containsString("/dossiers?gedaan=Dossier+K-PAG-WISSEN+is+gewist."));
        given().when().get("/dossiers/" + referentie).then().statusCode(404);
    }

    /** A form post with the page's token, answered as it is: a redirect is checked, not followed. */
    private static RequestSpecification formulier(String page) {
        return Formulieren.vanPagina(page).redirects().follow(false);
    }

    private static RequestSpecification besluit(String pagina, String versie) {
        return formulier(pagina).formParam("versie", versie);
    }

    private static String versie(String pagina) {
        Matcher versie = VERSIE.matcher(given().when().get(pagina).then().statusCode(200).extract().asString());
        if (!versie.find()) {
            throw new AssertionError(pagina + " heeft geen formulier met de versie van het dossier");
        }
        return versie.group(1);
    }

    private static void maakGroep(String naam) {
        formulier("/groepen").formParam("naam", naam).formParam("plaats", "Brunssum").formParam("capaciteit", "12")
                .when().post("/groepen")
                .then().statusCode(303);
    }

    /** A case that advises the startklas, saved from the advice page into the dossier of its reference. */
    private static void bewaar(String referentie) {
        formulier("/casus").formParams(casus(referentie)).when().post("/casus/opslaan")
                .then().statusCode(303).header("Location", containsString("/dossiers/" + referentie + "?gedaan="));
    }

    private static void plaats(String pagina, String groep) {
        besluit(pagina, versie(pagina)).formParam("besluit.datum", vandaag()).formParam("besluit.arrangement", "STARTKLAS")
                .formParam("besluit.startdatum", vandaag()).formParam("besluit.groep", groep)
                .formParam("besluit.aanwezig", "ONDERWIJSADVISEUR")
                .when().post(pagina + "/besluiten")
                .then().statusCode(303);
    }

    private static Map<String, Object> casus(String referentie) {
        return Map.of(
                "peildatum", vandaag(),
                "kind.referentie", referentie,
                "kind.geboortedatum", LocalDate.parse(vandaag()).minusYears(4).minusMonths(2).toString(),
                "kind.ondersteuningsbehoeften", List.of("SPRAAK_TAAL", "GEDRAG"),
                "proces.toestemmingOuders", "ja");
    }

    private static String vandaag() {
        return Peildatum.vandaag().toString();
    }
}
