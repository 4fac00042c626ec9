package org.govict.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The record does not exist, or it lies outside the caller's scope: both answer 404, so that guessing ids
 * tells nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}
}
