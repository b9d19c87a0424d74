package io.baton.onboarding.adapter.in.web;

import io.baton.onboarding.domain.OnboardingInputException;
import io.baton.onboarding.domain.OnboardingPlanStateException;
import io.baton.support.web.ProblemDetailsAdvice;
import io.baton.support.web.ProblemDetailsAdvice.FieldError;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The onboarding API's own problems: transitions the plan refuses and concurrent changes are 409,
 * fields wrong for this plan or of the wrong type are 400 naming the field. Ahead of the shared
 * advice, so a query parameter of the wrong type is named too.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OnboardingProblems {

  @ExceptionHandler(OnboardingPlanStateException.class)
  ProblemDetail notNow(OnboardingPlanStateException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Not possible in the onboarding plan's current state");
    return problem;
  }

  @ExceptionHandler(OnboardingInputException.class)
  ProblemDetail invalidForThisPlan(OnboardingInputException ex) {
    return ProblemDetailsAdvice.invalidInput(List.of(new FieldError(ex.field(), ex.getMessage())));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail wrongType(MethodArgumentTypeMismatchException ex) {
    String type = ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName();
    return ProblemDetailsAdvice.invalidInput(
        List.of(new FieldError(ex.getName(), "must be a valid " + type)));
  }
}
