package nl.startklaswijzer.api;

/** The examples from the contract, shown in the OpenAPI document and Swagger UI. */
final class ApiExamples {

    static final String CASUS = """
            {
              "peildatum": "2026-09-01",
              "kind": {
                "referentie": "K-0042",
                "geboortedatum": "2022-08-15",
                "gemeente": "Brunssum",
                "ondersteuningsbehoeften": ["SPRAAK_TAAL", "GEDRAG"],
                "complicerendeFactoren": ["NIET_ZINDELIJK"]
              },
              "moederschool": { "naam": "BS De Wissel", "kanVoorzienIn": ["SPRAAK_TAAL"] },
              "startklas": {
                "capaciteit": 12,
                "leerlingen": [ { "complicerendeFactoren": ["NIET_ZINDELIJK"] }, { "complicerendeFactoren": [] } ]
              },
              "proces": { "knooppuntGehouden": false, "toestemmingOuders": true }
            }
            """;

    static final String SIGNALERING = """
            {
              "peildatum": "2025-12-01",
              "kind": { "referentie": "P-17", "geboortedatum": "2022-08-15",
                        "ondersteuningsbehoeften": ["SPRAAK_TAAL"], "complicerendeFactoren": [] },
              "voorziening": "PEUTERSPEELZAAL",
              "verslaglegging": true,
              "toestemmingOuders": false
            }
            """;

    static final String FOUTEN = """
            { "fouten": [ { "veld": "kind.geboortedatum", "melding": "De geboortedatum is verplicht (JJJJ-MM-DD)." } ] }
            """;

    private ApiExamples() {
    }
}
