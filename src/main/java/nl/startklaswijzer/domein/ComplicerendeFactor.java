package nl.startklaswijzer.domein;

/** Problems that can make a startklas placement harder (Bijlage 1). They do not exclude a child. */
public enum ComplicerendeFactor implements Code {
    NIET_ACCEPTEREN_GEZAG("niet accepteren van gezag",
            "Het kind accepteert het gezag van volwassenen niet.",
            "het kind accepteert het gezag van volwassenen"),
    WEGLOPEN("weglopen",
            "Het kind loopt weg uit de groep of de school.",
            "het kind loopt niet meer weg"),
    AGRESSIEF_FYSIEK_GEDRAG("agressief fysiek gedrag",
            "Het kind gedraagt zich fysiek agressief.",
            "het kind is niet meer fysiek agressief"),
    VERSTOORDE_HECHTING("verstoorde hechting",
            "Er is sprake van een verstoorde hechting.",
            "de hechting is niet meer verstoord"),
    TRAUMA("trauma",
            "Het kind heeft een trauma meegemaakt.",
            "het trauma speelt niet meer"),
    WEINIG_VERANDERMOGELIJKHEDEN_THUIS("weinig verandermogelijkheden thuis",
            "De thuissituatie biedt weinig mogelijkheden tot verandering.",
            "de thuissituatie biedt ruimte voor verandering"),
    NIET_ZINDELIJK("niet zindelijk",
            "Het kind is nog niet zindelijk.",
            "het kind is zindelijk"),
    OUDERS_WERKEN_NIET_MEE_AAN_ONDERZOEK("ouders werken niet mee aan onderzoek",
            "De ouders willen niet meewerken aan onderzoeken.",
            "de ouders werken mee aan onderzoek"),
    WEINIG_VERSLAGLEGGING("weinig verslaglegging",
            "Er is vooraf weinig tot geen verslaglegging.",
            "het dossier is aangevuld");

    private final String label;
    private final String toelichting;
    private final String opgelost;

    ComplicerendeFactor(String label, String toelichting, String opgelost) {
        this.label = label;
        this.toelichting = toelichting;
        this.opgelost = opgelost;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String toelichting() {
        return toelichting;
    }

    /** What is true once the factor no longer plays, in a sentence: "het kind is zindelijk". */
    public String opgelost() {
        return opgelost;
    }
}
