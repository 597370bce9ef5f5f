package nl.startklaswijzer.domein;

import java.util.Map;

/** The rule set's one-sentence summary for each outcome, written by the policy owner. */
public record Samenvattingen(Map<Uitkomst, String> teksten) {

    public String voor(Uitkomst uitkomst) {
        return teksten.get(uitkomst);
    }
}
