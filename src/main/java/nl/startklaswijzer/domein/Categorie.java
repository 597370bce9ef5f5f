package nl.startklaswijzer.domein;

/** What a reason is about; the order is the order in which the knooppunt reads them. */
public enum Categorie {
    LEEFTIJD("leeftijd"),
    ONDERSTEUNINGSBEHOEFTE("ondersteuningsbehoefte"),
    MOEDERSCHOOL("moederschool"),
    COMPLICERENDE_FACTOREN("complicerende factoren"),
    GROEPSSAMENSTELLING("groepssamenstelling"),
    CAPACITEIT("capaciteit"),
    VOORRANG("voorrang"),
    PROCES("proces");

    private final String label;

    Categorie(String label) {
        this.label = label;
    }

    /** The Dutch words for this code, as a page shows them. */
    public String label() {
        return label;
    }
}
