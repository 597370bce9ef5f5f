package nl.startklaswijzer.dossier;

/** What happens to a placement after its start. */
public enum Verloop {
    TERUGGEPLAATST("teruggeplaatst op de moederschool"),
    TLV_AANGEVRAAGD("TLV aangevraagd"),
    BEEINDIGD("plaatsing beëindigd");

    private final String label;

    Verloop(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
