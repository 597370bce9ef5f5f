package nl.startklaswijzer.engine;

import nl.startklaswijzer.domein.Leerling;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.definition.rule.Rule;

/**
 * The group's pupils are not facts of their own: the group is one fact (Startklas), which counts them. A rule that
 * matches Leerling( ... ) directly would silently never apply, so it is refused; matching the pupils of a group
 * through "from $groep.leerlingen" still works.
 */
final class PupilsAsOneFact {

    private PupilsAsOneFact() {
    }

    static void check(Rule rule) {
        if (matchesLoosePupil(((RuleImpl) rule).getLhs())) {
            throw new IllegalArgumentException("Regel '" + rule.getName() + "' zoekt losse leerlingen (Leerling( ... )), "
                    + "maar de groep is één feit: tel haar leerlingen met Startklas( $aantal : aantalLeerlingenMet(...) ).");
        }
    }

    private static boolean matchesLoosePupil(RuleConditionElement element) {
        if (element instanceof Pattern pattern && pattern.getSource() == null
                && pattern.getObjectType() instanceof ClassObjectType type && type.getClassType() == Leerling.class) {
            return true;
        }
        return element.getNestedElements().stream().anyMatch(PupilsAsOneFact::matchesLoosePupil);
    }
}
