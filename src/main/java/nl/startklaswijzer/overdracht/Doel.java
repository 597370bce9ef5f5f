package nl.startklaswijzer.overdracht;

/** What the parents gave consent for. Consent always covers the warm handover itself; sharing the documentation is extra. */
public enum Doel {
    WARME_OVERDRACHT("de signalering overdragen aan het knooppunt en de onderwijsadviseur uitnodigen"),
    VERSLAGLEGGING_DELEN("de verslaglegging van de voorschool delen met het knooppunt en de moederschool");

    private final String label;

    Doel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
