package nl.startklaswijzer.dossier;

/** Who can sit at the knooppunt's table (DOMAIN.md: who uses the product). A decision records who were present. */
public enum Deelnemer {
    ONDERWIJSADVISEUR("onderwijsadviseur"),
    IB_MOEDERSCHOOL("intern begeleider (IB-er) van de moederschool"),
    VOORSCHOOL("voorschool"),
    JEUGDARTS("jeugdarts of GGD"),
    JEUGDHULP("jeugdhulp"),
    OUDERS("ouders"),
    STARTKLAS("leerkracht van de startklas");

    private final String label;

    Deelnemer(String label) {
        this.label = label;
    }

    /** The Dutch words for this code, as a page shows them. */
    public String label() {
        return label;
    }
}
