package nl.startklaswijzer.domein;

import java.util.List;

/** The region's arrangements in the order its policy owners wrote them; a rule set without one has none. */
public record Catalogus(List<Aanbod> arrangementen) {

    public static final Catalogus LEEG = new Catalogus(List.of());

    public Catalogus {
        arrangementen = List.copyOf(arrangementen);
    }
}
