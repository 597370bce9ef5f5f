package nl.startklaswijzer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.startklaswijzer.beveiliging.Rol;
import nl.startklaswijzer.beveiliging.TestGebruikers;
import nl.startklaswijzer.client.ApiClient;
import nl.startklaswijzer.client.ApiException;
import nl.startklaswijzer.client.ApiResponse;
import nl.startklaswijzer.client.api.AdviesApi;
import nl.startklaswijzer.client.api.DossiersApi;
import nl.startklaswijzer.client.api.RegelsetsApi;
import nl.startklaswijzer.client.api.SignaleringApi;
import nl.startklaswijzer.client.model.Actie;
import nl.startklaswijzer.client.model.ActieCode;
import nl.startklaswijzer.client.model.Advies;
import nl.startklaswijzer.client.model.ArrangementOordeel;
import nl.startklaswijzer.client.model.Casus;
import nl.startklaswijzer.client.model.ComplicerendeFactor;
import nl.startklaswijzer.client.model.Dossier;
import nl.startklaswijzer.client.model.Fout;
import nl.startklaswijzer.client.model.FoutenAntwoord;
import nl.startklaswijzer.client.model.Kind;
import nl.startklaswijzer.client.model.Leerling;
import nl.startklaswijzer.client.model.Moederschool;
import nl.startklaswijzer.client.model.Ondersteuningsbehoefte;
import nl.startklaswijzer.client.model.Proces;
import nl.startklaswijzer.client.model.Reden;
import nl.startklaswijzer.client.model.Regelboek;
import nl.startklaswijzer.client.model.RuleDescription;
import nl.startklaswijzer.client.model.RuleSetStatus;
import nl.startklaswijzer.client.model.Signaal;
import nl.startklaswijzer.client.model.Signalering;
import nl.startklaswijzer.client.model.SignaleringsAdvies;
import nl.startklaswijzer.client.model.Startklas;
import nl.startklaswijzer.client.model.Uitkomst;
import nl.startklaswijzer.client.model.Voorziening;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that no one here wrote: the Java client that openapi-generator makes from the committed OpenAPI document
 * (pom.xml), which OpenApiDocumentTest keeps equal to what /q/openapi serves. It drives the running service signed in
 * with HTTP Basic, as a samenwerkingsverband's system would. Its reader refuses any field the document does not
 * describe, so the document and the answers cannot drift apart unnoticed.
 */
@QuarkusTest
class GeneratedClientTest {

    private static final String STANDAARD = "cluster-brunssum";

    @TestHTTPResource("/")
    URI service;

    private ApiClient knooppunt;
    private ApiClient voorschool;

    @BeforeEach
    void signIn() {
        knooppunt = client(TestGebruikers.zorgVoor("client-knooppunt", Rol.KNOOPPUNT));
        voorschool = client(TestGebruikers.zorgVoor("client-voorschool", Rol.VOORSCHOOL));
    }

    @Test
    void anAdviceExplainedByTheRulesOfTheRuleBook() throws ApiException {
        Advies advies = new AdviesApi(knooppunt).geefAdvies(casus("K-0042"), false);

        assertEquals(Uitkomst.STARTKLAS, advies.getUitkomst());
        assertEquals(LocalDate.of(2026, 9, 1), advies.getStartdatum());
        ArrangementOordeel startklas = advies.getArrangementen().stream()
                .filter(a -> a.getCode().equals("STARTKLAS")).findFirst().orElseThrow();
        assertTrue(startklas.getRedenen().contains("startklas-meerdere-ontwikkelingsgebieden"), startklas.getRedenen().toString());
        assertTrue(advies.getActies().stream().map(Actie::getCode).anyMatch(ActieCode.TERUGPLAATSING::equals));

        RuleSetStatus serving = new RegelsetsApi(knooppunt).leesRegelsets().stream()
                .filter(set -> set.getNaam().equals(STANDAARD)).findFirst().orElseThrow();
        assertTrue(serving.getStandaard());
        assertEquals(serving.getVersie(), advies.getRegelset().getVersie());

        Regelboek regelboek = new RegelsetsApi(knooppunt).leesRegelboek(STANDAARD);
        assertEquals(serving.getVersie(), regelboek.getVersie());
        Set<String> rules = regelboek.getRegels().stream().map(RuleDescription::getId).collect(Collectors.toSet());
        for (Reden reden : advies.getRedenen()) {
            assertTrue(rules.contains(reden.getRegel()), "Niet in het regelboek: " + reden.getRegel());
        }
    }

    @Test
    void aPreScreenByTheVoorschool() throws ApiException {
        SignaleringsAdvies uitslag = new SignaleringApi(voorschool).signaleer(new Signalering()
                .peildatum(LocalDate.of(2025, 12, 1))
                .kind(new Kind().referentie("P-17").geboortedatum(LocalDate.of(2022, 8, 15))
                        .ondersteuningsbehoeften(List.of(Ondersteuningsbehoefte.SPRAAK_TAAL)).complicerendeFactoren(List.of()))
                .voorziening(Voorziening.PEUTERSPEELZAAL).verslaglegging(true).toestemmingOuders(false));

        assertEquals(Signaal.BESPREKEN_IN_KNOOPPUNT, uitslag.getSignaal());
        assertEquals(LocalDate.of(2026, 2, 15), uitslag.getKnooppuntRond());
        assertEquals(LocalDate.of(2026, 3, 15), uitslag.getInschrijvenNietVoor());
        assertEquals(List.of(ActieCode.ONDERWIJSADVISEUR_UITNODIGEN, ActieCode.TOESTEMMING_OUDERS),
                uitslag.getActies().stream().map(Actie::getCode).toList());
    }

    @Test
    void aBatchAnswersEveryLineInItsOrder() throws ApiException, IOException {
        ObjectMapper json = knooppunt.getObjectMapper();
        String lines = json.writeValueAsString(casus("K-B1")) + "\n{\"kind\": {\"referentie\": \"K-B2\"}}\n"
                + json.writeValueAsString(casus("K-B3")) + "\n";

        List<String> antwoord = Files.readAllLines(new AdviesApi(knooppunt).geefAdviezen(lines).toPath(), StandardCharsets.UTF_8);

        assertEquals(3, antwoord.size());
        assertEquals("K-B1", json.readValue(antwoord.get(0), Advies.class).getReferentie());
        JsonNode fout = json.readTree(antwoord.get(1));
        assertEquals(2, fout.get("regelnummer").asInt());
        List<Fout> fouten = json.convertValue(fout.get("fouten"), new TypeReference<>() { });
        assertEquals("kind.geboortedatum", fouten.get(0).getVeld());
        assertEquals(Uitkomst.STARTKLAS, json.readValue(antwoord.get(2), Advies.class).getUitkomst());
    }

    @Test
    void anAdviceRecordedInItsDossierAndReadBack() throws ApiException {
        DossiersApi dossiers = new DossiersApi(knooppunt);
        String referentie = "K-CLIENT-1";

        ApiResponse<Advies> vastgelegd = dossiers.legAdviesVastWithHttpInfo(referentie, casus(referentie));
        assertEquals(201, vastgelegd.getStatusCode());

        Dossier dossier = dossiers.leesDossier(referentie);
        assertEquals(referentie, dossier.getReferentie());
        assertEquals(1, dossier.getAdviezen().size());
        assertEquals(vastgelegd.getData().getUitkomst(), dossier.getAdviezen().get(0).getUitkomst());
        assertEquals(vastgelegd.getData().getRegelset(), dossier.getAdviezen().get(0).getRegelset());

        dossiers.wisDossier(referentie);
        ApiException weg = assertThrows(ApiException.class, () -> dossiers.leesDossier(referentie));
        assertEquals(404, weg.getCode());
        assertEquals("referentie", fouten(weg).getFouten().get(0).getVeld());
    }

    @Test
    void anInvalidCaseIsATypedError() {
        Casus zonderGeboortedatum = casus("K-0043");
        zonderGeboortedatum.getKind().setGeboortedatum(null);

        ApiException e = assertThrows(ApiException.class, () -> new AdviesApi(knooppunt).geefAdvies(zonderGeboortedatum, false));

        assertEquals(400, e.getCode());
        Fout fout = fouten(e).getFouten().get(0);
        assertEquals("kind.geboortedatum", fout.getVeld());
        assertTrue(fout.getMelding().contains("geboortedatum"), fout.getMelding());
    }

    @Test
    void aRoleWithoutAccessIsATypedError() {
        ApiException e = assertThrows(ApiException.class, () -> new AdviesApi(voorschool).geefAdvies(casus("K-0044"), false));

        assertEquals(403, e.getCode());
        Fout fout = fouten(e).getFouten().get(0);
        assertEquals("", fout.getVeld());
        assertTrue(fout.getMelding().contains("rol"), fout.getMelding());
    }

    /** The contract's example case, built from the generated model. */
    private static Casus casus(String referentie) {
        return new Casus()
                .peildatum(LocalDate.of(2026, 9, 1))
                .kind(new Kind().referentie(referentie).geboortedatum(LocalDate.of(2022, 8, 15)).gemeente("Brunssum")
                        .ondersteuningsbehoeften(List.of(Ondersteuningsbehoefte.SPRAAK_TAAL, Ondersteuningsbehoefte.GEDRAG))
                        .complicerendeFactoren(List.of(ComplicerendeFactor.NIET_ZINDELIJK)))
                .moederschool(new Moederschool().naam("BS De Wissel").kanVoorzienIn(List.of(Ondersteuningsbehoefte.SPRAAK_TAAL)))
                .startklas(new Startklas().capaciteit(12).leerlingen(List.of(
                        new Leerling().complicerendeFactoren(List.of(ComplicerendeFactor.NIET_ZINDELIJK)),
                        new Leerling().complicerendeFactoren(List.of()))))
                .proces(new Proces().knooppuntGehouden(false).toestemmingOuders(true));
    }

    /** The body of a refusal, read into the generated model of the contract's "fouten". */
    private FoutenAntwoord fouten(ApiException e) {
        assertEquals("application/json", e.getResponseHeaders().firstValue("Content-Type").orElse(""));
        try {
            return knooppunt.getObjectMapper().readValue(e.getResponseBody(), FoutenAntwoord.class);
        } catch (IOException unreadable) {
            throw new AssertionError("Geen fouten-antwoord: " + e.getResponseBody(), unreadable);
        }
    }

    private ApiClient client(String naam) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(service.toString().replaceAll("/$", ""));
        client.setObjectMapper(ApiClient.createDefaultObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        String basic = Base64.getEncoder().encodeToString(
                (naam + ":" + TestGebruikers.wachtwoord(naam)).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        return client;
    }
}
