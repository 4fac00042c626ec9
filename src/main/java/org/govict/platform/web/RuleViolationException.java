package org.govict.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that is well formed but breaks a rule of the domain (deleting a unit that still has people, moving
 * a unit under its own descendant). It carries a message key, so that pages and the API say it in the user's
 * language.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class RuleViolationException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public RuleViolationException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArguments() {
		return arguments;
	}
}
