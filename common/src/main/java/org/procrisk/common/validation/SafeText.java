package org.procrisk.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Free text that is safe to store and to hand on: no control characters (other than tab in the
 * middle), no unpaired surrogates, and no leading {@code = + - @} that a spreadsheet would run as a
 * formula when the registry is exported (OWASP "CSV injection"; "-2+3+cmd|' /C calc'!A0" is one, so
 * a leading minus is refused too).
 */
@Documented
@Constraint(validatedBy = SafeTextValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface SafeText {

    String message() default "must not start with = + - @ or contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
