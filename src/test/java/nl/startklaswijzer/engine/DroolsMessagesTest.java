package nl.startklaswijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * What the executable model says when the class filter refuses a class: only reached if the rule guard's first wall
 * let something through, and then still told to a policy owner in Dutch.
 */
class DroolsMessagesTest {

    @Test
    void aClassTheFilterRefusedIsNamedAsNotAllowed() {
        assertEquals("Regelbestanden mogen alleen redenen en acties geven; 'java.io.File' is niet toegestaan.",
                DroolsMessages.translate(null, null, "java.lang.ClassNotFoundException: Unable to find class 'java.io.File'").melding());
        assertEquals("Regelbestanden mogen alleen redenen en acties geven; 'java.nio.file.Files' is niet toegestaan.",
                DroolsMessages.translate(null, 23, "java.nio.file.Files cannot be resolved to a type").melding());
        assertEquals("Regelbestanden mogen alleen redenen en acties geven; 'Method' is niet toegestaan.",
                DroolsMessages.translate(null, 23, "The method getMethod(String, Class<?>...) from the type "
                        + "Class<capture#2-of ?> refers to the missing type Method").melding());
    }

    @Test
    void theEnginesWordsStayAsDetail() {
        CompileError error = DroolsMessages.translate("leeftijd.drl", 19, "  Something else entirely\nwith more lines  ");
        assertEquals("De regelmachine meldt: Something else entirely", error.melding());
        assertEquals("Something else entirely\nwith more lines", error.detail());
        assertEquals(19, error.regelnummer());
    }
}
