package nl.startklaswijzer.web;

/** One input on a form: its name (the API's field path), the id for labels and links, its value and its error. */
public record Veld(String naam, String id, String waarde, String fout) {

    public boolean isFout() {
        return fout != null;
    }

    static String id(String naam) {
        return "veld-" + naam.replace('.', '-');
    }
}
