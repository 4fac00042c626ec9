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
}
