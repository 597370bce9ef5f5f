package nl.startklaswijzer.engine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.Signalering;

/**
 * One test case a policy owner wrote: a case (or a pre-screen), optionally other parameter values, and what the
 * rules must conclude. Exactly one of casus and signalering is given.
 */
public record Scenario(String bestand, String naam, Map<String, JsonNode> parameters, Casus casus,
                       Signalering signalering, Verwachting verwacht) {
}
