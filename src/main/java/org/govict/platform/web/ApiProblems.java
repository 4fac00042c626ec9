package org.govict.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for every API error, in the language of the caller's {@code Accept-Language}. A
 * validation failure lists each field at fault with its message, so that a client can point at the field.
 */
@RestControllerAdvice(annotations = ApiController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = invalid(ex.getBindingResult());
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
		return ResponseEntity.badRequest().body(invalid(ex.getErrors()));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid");
		problem.setProperty("errors", ex.getConstraintViolations()
			.stream()
			.map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "problem.notFound"));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "problem.forbidden");
		// A refusal that names a message (personnel.access.consentNeeded) says why in the caller's language.
		if (ex.getMessage() != null) {
			String reason = messages.getMessage(ex.getMessage(), null, null, locale());
			if (reason != null) {
				problem.setDetail(reason);
				problem.setType(URI.create("urn:govict:problem:" + ex.getMessage()));
			}
		}
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

	@ExceptionHandler(ServiceUnavailableException.class)
	ResponseEntity<ProblemDetail> unavailable(ServiceUnavailableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				messages.getMessage(ex.getMessageKey(), null, ex.getMessageKey(), locale()));
		problem.setTitle(messages.getMessage("problem.unavailable", null, locale()));
		problem.setType(URI.create("urn:govict:problem:" + ex.getMessageKey()));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").body(problem);
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(ex.getMessageKey(), ex.getArguments(), ex.getMessageKey(), locale()));
		problem.setTitle(messages.getMessage("problem.conflict", null, locale()));
		problem.setType(URI.create("urn:govict:problem:" + ex.getMessageKey()));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	private ProblemDetail invalid(BindingResult result) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid");
		List<FieldProblem> errors = result.getFieldErrors()
			.stream()
			.map(this::fieldProblem)
			.toList();
		List<String> global = result.getGlobalErrors()
			.stream()
			.map(e -> messages.getMessage(e, locale()))
			.toList();
		problem.setProperty("errors", errors);
		if (!global.isEmpty()) {
			problem.setProperty("globalErrors", global);
		}
		return problem;
	}

	private FieldProblem fieldProblem(FieldError error) {
		return new FieldProblem(error.getField(), messages.getMessage(error, locale()));
	}

	private ProblemDetail problem(HttpStatus status, String key) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(key + ".detail", null, locale()));
		problem.setTitle(messages.getMessage(key, null, locale()));
		return problem;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** One field at fault: its name as the client sent it, and what is wrong with it. */
	record FieldProblem(String field, String message) {
	}

}
