package nl.startklaswijzer.web;

/** One checkbox or radio button: the code it sends, its Dutch label and help, and whether it is chosen. */
public record Keuze(String naam, String id, String waarde, String label, String toelichting, boolean gekozen) {
}
