package nl.startklaswijzer.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "knooppunt", roles = "KNOOPPUNT")
class AdviezenResourceTest {

    private static final String GROUP_REASON = "redenen.find { it.regel == 'startklas-groep-niet-zindelijk' }";
    private static final String SBO = "arrangementen.find { it.code == 'SBO' }";
    private static final String MOEDERSCHOOL_WORDT_PASSEND =
            "watZouVeranderen.arrangementen.find { it.code == 'MOEDERSCHOOL' }.mogelijkheden[0]";

    @Test
    void theContractExampleGetsAnExplainedAdvice() {
        given().contentType(ContentType.JSON).body(ApiExamples.CASUS)
                .when().post("/api/v1/adviezen")
                .then().statusCode(200)
                .body("uitkomst", is("STARTKLAS"))
                .body("samenvatting", not(emptyOrNullString()))
                .body("startdatum", is("2026-09-01"))
                .body("arrangementen.code", hasItems("MOEDERSCHOOL", "STARTKLAS"))
                .body("arrangementen.find { it.code == 'MOEDERSCHOOL' }.oordeel", is("NIET_PASSEND"))
                .body("arrangementen.find { it.code == 'STARTKLAS' }.oordeel", is("PASSEND"))
                .body("arrangementen.find { it.code == 'STARTKLAS' }.redenen", hasItem("startklas-leeftijd-doelgroep"))
                .body("redenen.regel", everyItem(not(emptyOrNullString())))
                .body("redenen.bron", everyItem(not(emptyOrNullString())))
                .body("redenen.find { it.regel == 'moederschool-sop-dekt-niet' }.tekst",
                        is("Het schoolondersteuningsprofiel van BS De Wissel voorziet niet in gedrag."))
                .body("redenen.find { it.regel == 'moederschool-sop-dekt-niet' }.categorie", is("MOEDERSCHOOL"))
                .body("redenen.find { it.regel == 'moederschool-sop-dekt-niet' }.effect", is("NIET_PASSEND"))
                .body("acties.code", hasItems("KNOOPPUNT", "ONDERBOUWING_MOEDERSCHOOL", "ONTWIKKELPLAN", "TERUGPLAATSING",
                        "EVALUATIE_IB", "OBSERVATIE_MOEDERSCHOOL"))
                .body("acties.code", not(hasItem("TOESTEMMING_OUDERS")))
                .body("acties.find { it.code == 'TERUGPLAATSING' }.uiterlijk", is("2027-09-01"))
                .body("acties.find { it.code == 'EVALUATIE_IB' }.uiterlijk", is("2026-12-22"))
                .body("regelset.naam", is("cluster-brunssum"))
                .body("regelset.versie", matchesPattern("[0-9a-f]{12}"));
    }

    @Test
    void theContractExampleNamesTheRegionsArrangementsLeastSpecialisedFirstWithTheStepsToGetThere() {
        given().contentType(ContentType.JSON).body(ApiExamples.CASUS)
                .when().post("/api/v1/adviezen")
                .then().statusCode(200)
                .body("arrangementen.code", is(List.of("MOEDERSCHOOL", "EXTRA_ONDERSTEUNING_MOEDERSCHOOL",
                        "HORIZONTALE_VERWIJZING", "STARTKLAS", "ONDERWIJS_ZORGARRANGEMENT", "SBO", "SO")))
                .body("arrangementen.oordeel", is(List.of("NIET_PASSEND", "BESPREKEN", "BESPREKEN", "PASSEND", "BESPREKEN",
                        "BESPREKEN", "BESPREKEN")))
                .body(SBO + ".naam", is("Speciaal basisonderwijs (SBO)"))
                .body(SBO + ".soort", is("SPECIALISTISCH"))
                .body(SBO + ".bron", containsString("Plan Passend Onderwijs Cluster Brunssum"))
                .body(SBO + ".stappen.code", is(List.of("TLV_AANVRAGEN", "AANMELDEN")))
                .body(SBO + ".stappen[0].wie", containsString("het samenwerkingsverband geeft de TLV af"))
                .body(SBO + ".stappen[0].uiterlijk", is("2026-09-01"))
                .body(SBO + ".redenen", hasItem("catalogus-regulier-waar-het-kan"))
                .body("redenen.findAll { it.arrangement == 'SBO' }.regel",
                        is(List.of("catalogus-regulier-waar-het-kan", "catalogus-biedt-wat-nodig-is")))
                .body("arrangementen.find { it.code == 'STARTKLAS' }.naam", is("De startklas"))
                .body("acties.code", not(hasItem("TLV_AANVRAGEN")))
                .body("watZouVeranderen", nullValue());
    }

    @Test
    void askedForItTheAdviceSaysWhatWouldChangeIt() {
        given().contentType(ContentType.JSON).body(ApiExamples.CASUS).queryParam("watZouVeranderen", true)
                .when().post("/api/v1/adviezen")
                .then().statusCode(200)
                .body("uitkomst", is("STARTKLAS"))
                .body("watZouVeranderen.volledig", is(true))
                .body("watZouVeranderen.arrangementen.code", is(List.of("MOEDERSCHOOL", "EXTRA_ONDERSTEUNING_MOEDERSCHOOL",
                        "HORIZONTALE_VERWIJZING", "ONDERWIJS_ZORGARRANGEMENT", "SBO", "SO")))
                .body(MOEDERSCHOOL_WORDT_PASSEND + ".veranderingen[0].code", is("SOP_DEKT_GEDRAG"))
                .body(MOEDERSCHOOL_WORDT_PASSEND + ".veranderingen[0].tekst",
                        is("Het schoolondersteuningsprofiel van BS De Wissel dekt ook gedrag."))
                .body(MOEDERSCHOOL_WORDT_PASSEND + ".uitkomst", is("MOEDERSCHOOL"))
                .body(MOEDERSCHOOL_WORDT_PASSEND + ".redenen[0].regel", is("moederschool-sop-dekt-behoeften"))
                .body(MOEDERSCHOOL_WORDT_PASSEND + ".redenen[0].tekst", containsString("dekt alle ondersteuningsbehoeften"))
                .body("watZouVeranderen.arrangementen.find { it.code == 'SBO' }.mogelijkheden", empty());
    }

    @Test
    void aChildDiscussedAtThreeAndAHalfIsJudgedForAStartOnItsFourthBirthday() {
        String casus = ApiExamples.CASUS.replace("\"peildatum\": \"2026-09-01\"", "\"peildatum\": \"2026-02-15\"");
        given().contentType(ContentType.JSON).body(casus)
                .when().post("/api/v1/adviezen")
                .then().statusCode(200)
                .body("uitkomst", is("STARTKLAS"))
                .body("startdatum", is("2026-08-15"))
                .body("arrangementen.find { it.code == 'STARTKLAS' }.oordeel", is("PASSEND"))
                .body("redenen.find { it.regel == 'startklas-leeftijd-start-op-verjaardag' }.tekst",
                        containsString("3 jaar en 6 maanden oud en wordt 4 op 15 augustus 2026"))
                .body("redenen.regel", not(hasItem("startklas-leeftijd-te-jong")))
                .body("acties.find { it.code == 'KNOOPPUNT' }.uiterlijk", is("2026-08-15"))
                .body("acties.find { it.code == 'TERUGPLAATSING' }.uiterlijk", is("2027-08-15"));
    }

    @Test
    void aThirdChildThatIsNotToiletTrainedIsToBeDiscussed() {
        String casus = ApiExamples.CASUS.replace("{ \"complicerendeFactoren\": [] }", "{ \"complicerendeFactoren\": [\"NIET_ZINDELIJK\"] }");
        List<String> effects = given().contentType(ContentType.JSON).body(casus)
                .when().post("/api/v1/adviezen")
                .then().statusCode(200)
                .body("uitkomst", is("STARTKLAS_BESPREKEN"))
                .body("arrangementen.find { it.code == 'STARTKLAS' }.oordeel", is("BESPREKEN"))
                .body(GROUP_REASON + ".categorie", is("GROEPSSAMENSTELLING"))
                .body(GROUP_REASON + ".effect", is("BESPREKEN"))
                .body(GROUP_REASON + ".tekst", containsString("Er zitten al 2 kinderen in de groep die niet zindelijk zijn"))
                .body(GROUP_REASON + ".bron", is("Plan Passend Onderwijs Cluster Brunssum, bijlage 1 Het kind in de startklas"))
                .body(GROUP_REASON + ".feiten.aantal", is(2))
                .body(GROUP_REASON + ".parameters.maximum", is(2))
                .extract().path("redenen.effect");
        // Decisive reasons come first: "not fitting" before "to be discussed" before "fitting".
        List<String> order = List.of("NIET_PASSEND", "BESPREKEN", "PASSEND", "AANDACHTSPUNT");
        assertEquals(effects.stream().sorted(Comparator.comparing(order::indexOf)).toList(), effects);
        assertTrue(effects.contains("NIET_PASSEND") && effects.contains("BESPREKEN"), effects.toString());
    }

    @Test
    void withoutPeildatumTheAdviceIsForToday() {
        given().contentType(ContentType.JSON)
                .body("{\"kind\":{\"geboortedatum\":\"2022-08-15\"}}")
                .when().post("/api/v1/adviezen")
                .then().statusCode(200)
                .body("peildatum", is(nl.startklaswijzer.domein.Peildatum.vandaag().toString()))
                .body("uitkomst", is("MOEDERSCHOOL"));
    }

    @Test
    void aMissingBirthDateIsNamed() {
        given().contentType(ContentType.JSON).body("{\"kind\":{\"referentie\":\"K-1\"}}")
                .when().post("/api/v1/adviezen")
                .then().statusCode(400)
                .body("fouten", hasSize(1))
                .body("fouten[0].veld", is("kind.geboortedatum"))
                .body("fouten[0].melding", containsString("verplicht"));
    }

    @Test
    void aMissingChildIsNamed() {
        given().contentType(ContentType.JSON).body("{\"peildatum\":\"2026-09-01\"}")
                .when().post("/api/v1/adviezen")
                .then().statusCode(400)
                .body("fouten[0].veld", is("kind"));
    }

    @Test
    void invalidJsonIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"kind\": {\"geboortedatum\": ")
                .when().post("/api/v1/adviezen")
                .then().statusCode(400)
                .body("fouten[0].melding", containsString("geen geldige JSON"));
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        given().contentType(ContentType.JSON)
                .when().post("/api/v1/adviezen")
                .then().statusCode(400)
                .body("fouten[0].veld", is("casus"));
    }

    @Test
    void anUnknownCodeIsNamedWithItsPosition() {
        given().contentType(ContentType.JSON)
                .body("{\"kind\":{\"geboortedatum\":\"2022-08-15\",\"ondersteuningsbehoeften\":[\"SPRAAK_TAAL\",\"ZWEMMEN\"]}}")
                .when().post("/api/v1/adviezen")
                .then().statusCode(400)
                .body("fouten[0].veld", is("kind.ondersteuningsbehoeften[1]"))
                .body("fouten[0].melding", containsString("ZWEMMEN"));
    }

    @Test
    void anUnknownCodeDeepInTheGroupIsNamed() {
        given().contentType(ContentType.JSON)
                .body("{\"kind\":{\"geboortedatum\":\"2022-08-15\"},\"startklas\":{\"leerlingen\":[{\"complicerendeFactoren\":[]},{\"complicerendeFactoren\":[\"BIJTEN\"]}]}}")
                .when().post("/api/v1/adviezen")
                .then().statusCode(400)
                .body("fouten[0].veld", is("startklas.leerlingen[1].complicerendeFactoren[0]"));
    }

    @Test
    void aDateInTheWrongFormatIsNamed() {
        given().contentType(ContentType.JSON)
                .body("{\"peildatum\":\"01-09-2026\",\"kind\":{\"geboortedatum\":\"2022-08-15\"}}")
                .when().post("/api/v1/adviezen")
                .then().statusCode(400)
                .body("fouten[0].veld", is("peildatum"))
                .body("fouten[0].melding", containsString("JJJJ-MM-DD"));
    }

    @Test
    void aBirthDateAfterThePeildatumIsNamed() {
        given().contentType(ContentType.JSON)
                .body("{\"peildatum\":\"2022-01-01\",\"kind\":{\"geboortedatum\":\"2022-08-15\"}}")
                .when().post("/api/v1/adviezen")
                .then().statusCode(400)
                .body("fouten[0].veld", is("kind.geboortedatum"))
                .body("fouten[0].melding", containsString("na de peildatum"));
    }

    @Test
    void everyOffendingFieldIsNamedAtOnce() {
        given().contentType(ContentType.JSON)
                .body("{\"kind\":{\"referentie\":\"123456789\"},\"startklas\":{\"capaciteit\":0}}")
                .when().post("/api/v1/adviezen")
                .then().statusCode(400)
                .body("fouten.veld", hasItems("kind.geboortedatum", "kind.referentie", "startklas.capaciteit"));
    }

    @Test
    void namesAndOtherFieldsOutsideTheContractAreRefused() {
        given().contentType(ContentType.JSON)
                .body("{\"kind\":{\"geboortedatum\":\"2022-08-15\",\"naam\":\"Jan\"}}")
                .when().post("/api/v1/adviezen")
                .then().statusCode(400)
                .body("fouten[0].veld", is("kind.naam"))
                .body("fouten[0].melding", containsString("nooit een naam"));
    }

    @Test
    void aReferenceThatLooksLikeABsnIsRefused() {
        given().contentType(ContentType.JSON)
                .body("{\"kind\":{\"geboortedatum\":\"2022-08-15\",\"referentie\":\"123456782\"}}")
                .when().post("/api/v1/adviezen")
                .then().statusCode(400)
                .body("fouten[0].veld", is("kind.referentie"));
    }

    @Test
    void aWrongShapeIsNamed() {
        given().contentType(ContentType.JSON)
                .body("{\"kind\":{\"geboortedatum\":\"2022-08-15\",\"ondersteuningsbehoeften\":\"GEDRAG\"}}")
                .when().post("/api/v1/adviezen")
                .then().statusCode(400)
                .body("fouten[0].veld", is("kind.ondersteuningsbehoeften"))
                .body("fouten[0].melding", containsString("lijst"));
    }

    @Test
    void anUnknownRuleSetIsNamed() {
        given().contentType(ContentType.JSON)
                .body("{\"regelset\":\"atlantis\",\"kind\":{\"geboortedatum\":\"2022-08-15\"}}")
                .when().post("/api/v1/adviezen")
                .then().statusCode(400)
                .body("fouten[0].veld", is("regelset"))
                .body("fouten[0].melding", containsString("cluster-brunssum"));
    }

    @Test
    void anUnknownPathKeepsItsStatusWithAReadableBody() {
        given().when().get("/api/v1/bestaat-niet")
                .then().statusCode(404)
                .body("fouten", notNullValue());
    }
}
