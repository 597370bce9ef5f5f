package nl.startklaswijzer.domein;

/** Support needs. The first nine are what the startklas offers (Bijlage 1); the last three lie outside it. */
public enum Ondersteuningsbehoefte implements Code {
    LEERKRACHTNABIJHEID("leerkrachtnabijheid",
            "Het kind heeft veel nabijheid en begeleiding van de leerkracht nodig."),
    DIDACTISCHE_AANPASSINGEN("didactische aanpassingen",
            "Niveaus binnen het volgsysteem Onderbouwd, ontwikkelingsmaterialen, hoekenwerk en spelontwikkeling."),
    SPRAAK_TAAL("spraak-taal",
            "Ondersteuning bij spraak-taalproblematiek."),
    SOCIAAL_EMOTIONEEL("sociaal-emotioneel",
            "Ondersteuning op sociaal-emotioneel vlak."),
    VOORSCHOOLSE_VOORWAARDEN("voorschoolse voorwaarden",
            "Aan tafel en in de kring zitten, beginnende taakgerichtheid, dagritme, routines en regels, zelfstandig eten en drinken."),
    EXECUTIEVE_FUNCTIES("executieve functies",
            "Werken aan executieve functies, zoals plannen, impulsbeheersing en werkgeheugen."),
    GEDRAG("gedrag",
            "Ondersteuning bij gedragsproblematiek."),
    OUDERBEGELEIDING("ondersteuning van ouders",
            "Ondersteuning van en afstemming met de ouders."),
    SPECIFIEKE_ONTWIKKELINGSVRAAG("specifieke ontwikkelingsvraag",
            "Een specifieke vraag in de ontwikkeling, zoals een kind met autisme dat een eigen potje meebrengt."),
    MEDISCHE_ZORG("medische zorg",
            "Medische zorg onder schooltijd; valt buiten het aanbod van de startklas."),
    ZINTUIGLIJKE_BEPERKING("zintuiglijke beperking",
            "Een visuele of auditieve beperking die specialistische ondersteuning vraagt; valt buiten het aanbod van de startklas."),
    INTENSIEVE_BEHANDELING("intensieve behandeling",
            "Intensieve behandeling of therapie, zoals dagbehandeling; valt buiten het aanbod van de startklas.");

    private final String label;
    private final String toelichting;

    Ondersteuningsbehoefte(String label, String toelichting) {
        this.label = label;
        this.toelichting = toelichting;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String toelichting() {
        return toelichting;
    }
}
