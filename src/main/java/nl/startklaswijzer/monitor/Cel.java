package nl.startklaswijzer.monitor;

import java.util.OptionalDouble;

/** One cell of a monitor table, as the API (JSON), the page and the CSV file each write it. */
public interface Cel {

    /** For the JSON answer: a number, a code, a marker such as "&lt;5" or "x", or null. */
    Object json();

    /** For the page, in Dutch: 1.234, 78,5%, &lt;5. */
    String tekst();

    /** For a spreadsheet: no thousands separator, a decimal comma, the same markers. */
    String csv();

    /** The value to draw, when it may be shown. */
    default OptionalDouble getal() {
        return OptionalDouble.empty();
    }

    /** Whether the column holds numbers, aligned to the right. */
    default boolean isGetal() {
        return false;
    }

    /** A label, such as a month or a municipality: its code for the API, its words for people. */
    record Tekst(String code, String tekst, String csv) implements Cel {

        static Tekst van(String code, String tekst) {
            return new Tekst(code, tekst, tekst);
        }

        @Override
        public Object json() {
            return code;
        }
    }
}
