package org.govict.personnel.web;

import java.net.URI;
import java.util.List;

import org.govict.personnel.RecordRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused record on the exchange, documents, custom fields and consents APIs: 400 with every field at fault. */
@RestControllerAdvice(assignableTypes = { ExchangeApi.class, DocumentApi.class, FieldApi.class, ConsentApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalProblems {

	private final MessageSource messages;

	RefusalProblems(MessageSource messages) {
		this.messages = messages;
	}

	record FieldProblem(String field, String message) {
	}

	@ExceptionHandler(RecordRefused.class)
	ResponseEntity<ProblemDetail> refused(RecordRefused ex) {
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("problem.invalid.detail", null, locale));
		problem.setTitle(messages.getMessage("problem.invalid", null, locale));
		problem.setType(URI.create("urn:govict:problem:personnel.refused"));
		List<FieldProblem> errors = ex.refusals()
			.stream()
			.map(r -> new FieldProblem(r.field(), messages.getMessage(r.refusal().messageKey(),
					r.refusal().arguments().toArray(), r.refusal().messageKey(), locale)))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}
}
