package nl.startklaswijzer.beveiliging;

/** What a signed-in user may do (CONTRACT §4). A user may hold several roles. */
public enum Rol {
    VOORSCHOOL("Voorschool"),
    KNOOPPUNT("Knooppunt"),
    BELEID("Beleid"),
    BEHEER("Beheer");

    private final String label;

    Rol(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
