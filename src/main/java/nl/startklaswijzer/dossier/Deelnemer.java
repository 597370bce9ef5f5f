package nl.startklaswijzer.dossier;

/** Who can sit at the knooppunt's table (DOMAIN.md: who uses the product). A decision records who were present. */
public enum Deelnemer {
    ONDERWIJSADVISEUR,
    IB_MOEDERSCHOOL,
    VOORSCHOOL,
    JEUGDARTS,
    JEUGDHULP,
    OUDERS,
    STARTKLAS
}
