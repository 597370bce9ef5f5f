/**
 * The JSON API under /api/v1, and what its OpenAPI document (/q/openapi) says once for every operation: where the
 * service is, the two ways to sign in that every operation accepts unless it says otherwise, and the error answers
 * that operations name through {@link nl.startklaswijzer.api.ApiFouten}, each with the contract's "fouten" body.
 */
@OpenAPIDefinition(
        info = @Info(title = "Startklaswijzer API", version = "1",
                description = "Uitlegbaar advies over startklasplaatsing en ondersteuningsarrangementen voor jonge kinderen. "
                        + "Elke reden noemt de regel, de feiten van de casus en de bron. Velden en codes zijn vastgelegd "
                        + "in het contract (CONTRACT.md): er komen velden bij, er verdwijnen er geen.",
                license = @License(name = "EUPL-1.2", identifier = "EUPL-1.2")),
        servers = @Server(url = "/", description = "Deze dienst; de API staat onder /api/v1."),
        security = {
                @SecurityRequirement(name = "basic"),
                @SecurityRequirement(name = "bearer")
        },
        components = @Components(
                securitySchemes = {
                        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                                description = "Een gebruiker van Startklaswijzer: gebruikersnaam en wachtwoord. Beheer maakt "
                                        + "gebruikers aan met POST /api/v1/gebruikers."),
                        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                                bearerFormat = "JWT",
                                description = "Een token van de identiteitsprovider van de organisatie, waar die is ingesteld. "
                                        + "De rollen staan in de claim groups (of de claim die smallrye.jwt.path.groups noemt).")
                },
                responses = {
                        @APIResponse(name = ApiFouten.ONGELDIG,
                                description = "De aanvraag is niet geldig; elke fout noemt het veld en wat eraan te doen is.",
                                content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = FoutenAntwoord.class),
                                        examples = @ExampleObject(name = "geboortedatum ontbreekt", value = ApiExamples.FOUTEN))),
                        @APIResponse(name = ApiFouten.NIET_AANGEMELD,
                                description = "Niet aangemeld, of de gebruikersnaam, het wachtwoord of het token klopt niet.",
                                headers = @Header(name = HttpHeaders.WWW_AUTHENTICATE, description = "Hoe u zich aanmeldt.",
                                        schema = @Schema(type = SchemaType.STRING)),
                                content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = FoutenAntwoord.class),
                                        examples = @ExampleObject(name = "niet aangemeld", value = ApiExamples.NIET_AANGEMELD))),
                        @APIResponse(name = ApiFouten.GEEN_TOEGANG,
                                description = "Aangemeld, maar zonder een rol die dit mag.",
                                content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = FoutenAntwoord.class),
                                        examples = @ExampleObject(name = "geen rol", value = ApiExamples.GEEN_TOEGANG))),
                        @APIResponse(name = ApiFouten.ONBEKEND,
                                description = "Wat het pad noemt, bestaat niet; of een parameter in het pad of de query "
                                        + "heeft niet de vorm die hij moet hebben (zoals een datum die geen JJJJ-MM-DD is).",
                                content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = FoutenAntwoord.class),
                                        examples = @ExampleObject(name = "onbekend dossier", value = ApiExamples.ONBEKEND))),
                        @APIResponse(name = ApiFouten.NIET_AANVAARDBAAR,
                                description = "De Accept-kop vraagt een vorm die deze operatie niet geeft.",
                                content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = FoutenAntwoord.class),
                                        examples = @ExampleObject(name = "geen JSON gevraagd", value = ApiExamples.NIET_AANVAARDBAAR))),
                        @APIResponse(name = ApiFouten.CONFLICT,
                                description = "De aanvraag ging uit van een versie die intussen is gewijzigd; lees opnieuw.",
                                content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = FoutenAntwoord.class),
                                        examples = @ExampleObject(name = "dossier gewijzigd", value = ApiExamples.CONFLICT))),
                        @APIResponse(name = ApiFouten.NIET_BESCHIKBAAR,
                                description = "De database of de gevraagde regelset is nu niet te gebruiken; er is niets "
                                        + "vastgelegd. Probeer het later opnieuw.",
                                content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = FoutenAntwoord.class),
                                        examples = {
                                                @ExampleObject(name = "database", value = ApiExamples.DATABASE_NIET_BEREIKBAAR),
                                                @ExampleObject(name = "regelset", value = ApiExamples.REGELSET_NIET_GELADEN)
                                        }))
                }))
package nl.startklaswijzer.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
