package nl.startklaswijzer.beveiliging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import nl.startklaswijzer.domein.Peildatum;
import org.junit.jupiter.api.Test;

/**
 * API clients signed in by the organisation's identity provider: bearer tokens checked against its public key, with
 * the roles read from a configured claim. The keys are made when the test runs; none is kept in the repository.
 */
@QuarkusTest
@TestProfile(BearerTokenTest.MetIdentiteitsprovider.class)
class BearerTokenTest {

    private static final String ISSUER = "https://idp.voorbeeld.test";
    private static final KeyPair IDP = keyPair();
    private static final KeyPair INDRINGER = keyPair();
    private static final String CASUS = "{\"kind\": {\"geboortedatum\": \"2022-08-15\"}}";

    public static class MetIdentiteitsprovider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", publicKeyFile().toUri().toString(),
                    "mp.jwt.verify.issuer", ISSUER,
                    "smallrye.jwt.path.groups", "startklaswijzer_rollen");
        }
    }

    @Test
    void aTokenWithTheRoleInTheConfiguredClaimMayAdvise() {
        given().auth().oauth2(token(IDP.getPrivate(), ISSUER, Set.of("KNOOPPUNT"), 300))
                .contentType(ContentType.JSON).body(CASUS)
                .when().post("/api/v1/adviezen").then().statusCode(200).body("uitkomst", notNullValue());
    }

    @Test
    void aTokenWithoutTheRoleGets403() {
        given().auth().oauth2(token(IDP.getPrivate(), ISSUER, Set.of("VOORSCHOOL"), 300))
                .contentType(ContentType.JSON).body(CASUS)
                .when().post("/api/v1/adviezen").then().statusCode(403).body("fouten", notNullValue());
    }

    @Test
    void aForgedExpiredOrForeignTokenGets401() {
        for (String token : new String[] {
                token(INDRINGER.getPrivate(), ISSUER, Set.of("KNOOPPUNT"), 300),
                token(IDP.getPrivate(), ISSUER, Set.of("KNOOPPUNT"), -60),
                token(IDP.getPrivate(), "https://andere-idp.test", Set.of("KNOOPPUNT"), 300),
                "geen.echt.token"}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(CASUS)
                    .when().post("/api/v1/adviezen").then().statusCode(401).body("fouten", notNullValue());
        }
    }

    @Test
    void aTokenDoesNotOpenThePages() {
        given().auth().oauth2(token(IDP.getPrivate(), ISSUER, Set.of("KNOOPPUNT"), 300)).redirects().follow(false)
                .when().get("/casus").then().statusCode(303);
    }

    @Test
    void aVoorschoolTokenNamesItsOrganisationInAClaimAndRecordsForIt() {
        String code = TestGebruikers.zorgVoorOrganisatie("psz-token", OrganisatieSoort.VOORSCHOOL);
        String signalering = "{\"kind\": {\"geboortedatum\": \"" + Peildatum.vandaag().minusYears(3).withDayOfMonth(15)
                + "\", \"ondersteuningsbehoeften\": [\"GEDRAG\"]}}";
        long now = System.currentTimeMillis() / 1000;
        String metOrganisatie = Jwt.issuer(ISSUER).upn("medewerker@psz.test").claim("startklaswijzer_rollen", Set.of("VOORSCHOOL"))
                .claim(Organisaties.CLAIM, code).issuedAt(now - 120).expiresAt(now + 300).sign(IDP.getPrivate());
        given().auth().oauth2(metOrganisatie).contentType(ContentType.JSON).body(signalering)
                .when().post("/api/v1/dossiers/P-TOKEN-1/signaleringen").then().statusCode(201)
                .body("voorschool.code", equalTo(code))
                .body("gebruiker", equalTo("medewerker@psz.test"));
        given().auth().oauth2(token(IDP.getPrivate(), ISSUER, Set.of("VOORSCHOOL"), 300)).contentType(ContentType.JSON)
                .body(signalering)
                .when().post("/api/v1/dossiers/P-TOKEN-2/signaleringen").then().statusCode(400)
                .body("fouten[0].veld", equalTo("organisatie"));
    }

    private static String token(PrivateKey key, String issuer, Set<String> roles, long secondsValid) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(issuer).upn("medewerker@organisatie.test").claim("startklaswijzer_rollen", roles)
                .issuedAt(now - 120).expiresAt(now + secondsValid).sign(key);
    }

    private static Path publicKeyFile() {
        try {
            Path file = Path.of("target", "idp-test", "publicKey.pem").toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(IDP.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
