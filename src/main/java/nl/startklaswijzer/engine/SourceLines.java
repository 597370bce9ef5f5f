package nl.startklaswijzer.engine;

import java.util.regex.Pattern;

/** Finds the line a name stands on, so that an error about it can point a policy owner there. */
public final class SourceLines {

    private SourceLines() {
    }

    /** The 1-based number of the first line that matches, or null when none does. */
    public static Integer lineOf(String text, Pattern pattern) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (pattern.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return null;
    }
}
