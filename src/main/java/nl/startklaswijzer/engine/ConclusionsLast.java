package nl.startklaswijzer.engine;

import nl.startklaswijzer.domein.Actie;
import nl.startklaswijzer.domein.Reden;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.SalienceInteger;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.accessor.Salience;
import org.kie.api.KieBase;

/**
 * Lets the rules that weigh conclusions (a Reden or an Actie among their conditions) fire after the rules that draw
 * conclusions from the case itself. The advice does not depend on the order: every conclusion is inserted logically
 * and goes again when its ground does. But an action drawn before the reason that takes its ground away is bound,
 * filled in, inserted and taken back for nothing; on the benchmark's mix of cases that was 5 of every 26 conclusions,
 * and this order saves the engine 13 to 15%. A rule whose file gives it a salience other than 0 keeps it.
 */
final class ConclusionsLast {

    private static final Salience LATER = new SalienceInteger(-1);

    private ConclusionsLast() {
    }

    /** Changes the rule base's own rules, so it runs before any session is made from it. */
    static void order(KieBase kieBase) {
        kieBase.getKiePackages().stream()
                .flatMap(kiePackage -> kiePackage.getRules().stream())
                .map(RuleImpl.class::cast)
                .filter(rule -> rule.getSalience() instanceof SalienceInteger own && own.isDefault())
                .filter(rule -> weighsConclusions(rule.getLhs()))
                .forEach(rule -> rule.setSalience(LATER));
    }

    private static boolean weighsConclusions(RuleConditionElement element) {
        if (element instanceof Pattern pattern && pattern.getObjectType() instanceof ClassObjectType type
                && (type.getClassType() == Reden.class || type.getClassType() == Actie.class)) {
            return true;
        }
        return element.getNestedElements().stream().anyMatch(ConclusionsLast::weighsConclusions);
    }
}
