package nl.startklaswijzer.domein;

/** Problems that can make a startklas placement harder (Bijlage 1). They do not exclude a child. */
public enum ComplicerendeFactor implements Code {
    NIET_ACCEPTEREN_GEZAG("niet accepteren van gezag",
            "Het kind accepteert het gezag van volwassenen niet."),
    WEGLOPEN("weglopen",
            "Het kind loopt weg uit de groep of de school."),
    AGRESSIEF_FYSIEK_GEDRAG("agressief fysiek gedrag",
            "Het kind gedraagt zich fysiek agressief."),
    VERSTOORDE_HECHTING("verstoorde hechting",
            "Er is sprake van een verstoorde hechting."),
    TRAUMA("trauma",
            "Het kind heeft een trauma meegemaakt."),
    WEINIG_VERANDERMOGELIJKHEDEN_THUIS("weinig verandermogelijkheden thuis",
            "De thuissituatie biedt weinig mogelijkheden tot verandering."),
    NIET_ZINDELIJK("niet zindelijk",
            "Het kind is nog niet zindelijk."),
    OUDERS_WERKEN_NIET_MEE_AAN_ONDERZOEK("ouders werken niet mee aan onderzoek",
            "De ouders willen niet meewerken aan onderzoeken."),
    WEINIG_VERSLAGLEGGING("weinig verslaglegging",
            "Er is vooraf weinig tot geen verslaglegging.");

    private final String label;
    private final String toelichting;

    ComplicerendeFactor(String label, String toelichting) {
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
