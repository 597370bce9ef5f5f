package nl.startklaswijzer.domein;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A child cannot be born after the date the advice is for; reported at kind.geboortedatum. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = GeboortedatumNietNaPeildatum.Controle.class)
public @interface GeboortedatumNietNaPeildatum {

    String message() default "De geboortedatum ligt na de peildatum.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Controle implements ConstraintValidator<GeboortedatumNietNaPeildatum, OverEenKind> {

        @Override
        public boolean isValid(OverEenKind verzoek, ConstraintValidatorContext context) {
            if (verzoek.getKind() == null || verzoek.getKind().getGeboortedatum() == null
                    || !verzoek.getKind().getGeboortedatum().isAfter(verzoek.getPeildatum())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("De geboortedatum ligt na de peildatum ("
                            + verzoek.getPeildatum() + ").")
                    .addPropertyNode("kind").addPropertyNode("geboortedatum")
                    .addConstraintViolation();
            return false;
        }
    }
}
