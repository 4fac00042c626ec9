package org.govict.platform.web;

import org.springframework.validation.BindingResult;

/** Input that fails a check beyond bean validation, with the fields at fault. */
public class InvalidInputException extends RuntimeException {

	private final transient BindingResult errors;

	public InvalidInputException(BindingResult errors) {
		super("Invalid input: " + errors.getAllErrors()
			.stream()
			.map(e -> (e instanceof org.springframework.validation.FieldError f ? f.getField() + " " : "") + e.getCode())
			.toList());
		this.errors = errors;
	}

	public BindingResult getErrors() {
		return errors;
	}

	/**
	 * Puts the errors on a form's own binding result, by field and message code: for a form whose object differs
	 * from the one the service checked (where {@link BindingResult#addAllErrors} would refuse it).
	 */
	public void copyTo(BindingResult result) {
		for (org.springframework.validation.FieldError error : errors.getFieldErrors()) {
			result.rejectValue(error.getField(), error.getCode(), error.getArguments(), error.getDefaultMessage());
		}
		errors.getGlobalErrors().forEach(e -> result.reject(e.getCode(), e.getArguments(), e.getDefaultMessage()));
	}
}
