package nl.startklaswijzer.engine.tegenfeitelijk;

import java.util.function.Consumer;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.WatZouVeranderen;

/** One change to a case that can happen, by a code and in Dutch, and how to make it on a copy of the case. */
record CaseChange(String code, String text, Consumer<Casus> apply) {

    WatZouVeranderen.Verandering asVerandering() {
        return new WatZouVeranderen.Verandering(code, text);
    }
}
