package nl.startklaswijzer.beveiliging;

/** The kinds of organisation a user can belong to (DOMAIN.md, who uses the product). */
public enum OrganisatieSoort {
    VOORSCHOOL("voorschoolse voorziening"),
    SCHOOL("school"),
    SAMENWERKINGSVERBAND("samenwerkingsverband");

    private final String label;

    OrganisatieSoort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
