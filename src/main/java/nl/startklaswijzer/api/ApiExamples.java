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

    static final String SIGNALERING_VASTLEGGEN = """
            {
              "peildatum": "2025-12-01",
              "kind": { "geboortedatum": "2022-08-15", "ondersteuningsbehoeften": ["SPRAAK_TAAL"], "complicerendeFactoren": [] },
              "voorziening": "PEUTERSPEELZAAL",
              "verslaglegging": true,
              "toestemming": { "gegevenDoor": "OUDERS", "datum": "2025-11-28", "voor": ["WARME_OVERDRACHT", "VERSLAGLEGGING_DELEN"] }
            }
            """;

    static final String TOESTEMMING = """
            { "gegevenDoor": "OUDERS", "datum": "2025-11-28", "voor": ["WARME_OVERDRACHT"] }
            """;

    static final String ORGANISATIE = """
            { "code": "psz-de-klimop", "naam": "Peuterspeelzaal De Klimop", "soort": "VOORSCHOOL" }
            """;

    static final String ADVIES = """
            {
              "uitkomst": "STARTKLAS_BESPREKEN",
              "samenvatting": "Startklas past bij de ondersteuningsbehoefte; bespreek de groepssamenstelling in het knooppunt.",
              "startdatum": "2026-09-01",
              "arrangementen": [
                { "code": "MOEDERSCHOOL", "oordeel": "NIET_PASSEND", "redenen": ["moederschool-sop-dekt-niet"] },
                { "code": "STARTKLAS", "oordeel": "BESPREKEN", "redenen": ["startklas-groep-niet-zindelijk"] }
              ],
              "redenen": [
                { "regel": "startklas-groep-niet-zindelijk", "categorie": "GROEPSSAMENSTELLING", "effect": "BESPREKEN",
                  "tekst": "Er zitten al 2 kinderen in de groep die niet zindelijk zijn; een derde is wellicht te veel.",
                  "bron": "Plan Passend Onderwijs Cluster Brunssum, bijlage 1" }
              ],
              "acties": [
                { "code": "KNOOPPUNT", "tekst": "Plan een knooppuntoverleg; dat gaat altijd vooraf aan plaatsing." },
                { "code": "TERUGPLAATSING", "tekst": "Werk vanaf de start aan terugplaatsing op de moederschool: het verblijf \
            duurt ten hoogste een jaar.", "uiterlijk": "2027-09-01" }
              ],
              "regelset": { "naam": "cluster-brunssum", "versie": "df85de4cb267" }
            }
            """;

    static final String SIGNALERINGSADVIES = """
            {
              "signaal": "BESPREKEN_IN_KNOOPPUNT",
              "knooppuntRond": "2026-02-15",
              "inschrijvenNietVoor": "2026-03-15",
              "redenen": [ { "regel": "signalering-ondersteuningsbehoefte", "categorie": "ONDERSTEUNINGSBEHOEFTE",
                             "effect": "BESPREKEN", "tekst": "De voorschool ziet een ondersteuningsbehoefte (spraak-taal). \
            Bespreek het kind in een knooppunt als het 3 jaar en 6 maanden is, rond 15 februari 2026.",
                             "bron": "Plan Passend Onderwijs Cluster Brunssum, bijlage 2 De moederschool" } ],
              "acties": [ { "code": "ONDERWIJSADVISEUR_UITNODIGEN", "tekst": "Nodig de onderwijsadviseur uit voor het \
            knooppunt rond 15 februari 2026.", "uiterlijk": "2026-02-15" },
                          { "code": "TOESTEMMING_OUDERS", "tekst": "Vraag de ouders om het toestemmingsformulier: de warme \
            overdracht naar de school vraagt altijd hun toestemming." } ],
              "regelset": { "naam": "cluster-brunssum", "versie": "df85de4cb267" }
            }
            """;

    static final String REGELSETS = """
            [ { "naam": "cluster-brunssum", "versie": "df85de4cb267", "geladen": "2026-11-22T10:00:00Z", "regels": 47,
                "standaard": true } ]
            """;

    static final String NIEUWE_GEBRUIKER = """
            { "gebruikersnaam": "an", "wachtwoord": "een-lang-wachtwoord", "rollen": ["KNOOPPUNT", "VOORSCHOOL"] }
            """;

    /** Two cases, the second without a birth date, and what the batch answers to them: newline-delimited JSON, one line each. */
    static final String BATCH = """
            {"peildatum": "2026-09-01", "kind": {"referentie": "K-1", "geboortedatum": "2022-08-15", "ondersteuningsbehoeften": ["GEDRAG"]}}
            {"kind": {"referentie": "K-2"}}
            """;

    static final String BATCH_ANTWOORD = """
            {"referentie": "K-1", "uitkomst": "REGULIER_MET_ARRANGEMENT", "regelset": {"naam": "cluster-brunssum", "versie": "df85de4cb267"}}
            {"regelnummer": 2, "fouten": [{"veld": "kind.geboortedatum", "melding": "De geboortedatum is verplicht (JJJJ-MM-DD)."}]}
            """;

    static final String FOUTEN = """
            { "fouten": [ { "veld": "kind.geboortedatum", "melding": "De geboortedatum is verplicht (JJJJ-MM-DD)." } ] }
            """;

    static final String NIET_AANGEMELD = """
            { "fouten": [ { "veld": "", "melding": "Meld u aan: met HTTP Basic (gebruikersnaam en wachtwoord) of met een token \
            van de identiteitsprovider van uw organisatie." } ] }
            """;

    static final String GEEN_TOEGANG = """
            { "fouten": [ { "veld": "", "melding": "U bent aangemeld, maar uw rol geeft geen toegang tot dit deel van \
            Startklaswijzer." } ] }
            """;

    static final String ONBEKEND = """
            { "fouten": [ { "veld": "referentie", "melding": "Er is geen dossier met referentie 'K-0042'." } ] }
            """;

    static final String NIET_AANVAARDBAAR = """
            { "fouten": [ { "veld": "", "melding": "The accept header value did not match the value in @Produces" } ] }
            """;

    static final String CONFLICT = """
            { "fouten": [ { "veld": "versie", "melding": "Het dossier is intussen gewijzigd (u zag versie 1, nu is het versie 2). \
            Lees het dossier opnieuw en besluit dan." } ] }
            """;

    static final String DATABASE_NIET_BEREIKBAAR = """
            { "fouten": [ { "veld": "", "melding": "De database van Startklaswijzer is nu niet bereikbaar; er is niets \
            vastgelegd. Probeer het later opnieuw." } ] }
            """;

    static final String REGELSET_NIET_GELADEN = """
            { "fouten": [ { "veld": "regelset", "melding": "De regelset 'cluster-brunssum' is niet geladen door fouten in de \
            bestanden; zie GET /api/v1/regelsets." } ] }
            """;

    private ApiExamples() {
    }
}
