package org.govict.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that was not carried out because the platform could not do it now (the database did not answer in
 * time); nothing of it was kept, and the same request may be sent again later. It carries a message key, so that
 * pages and the API say it in the user's language; the API answers 503 with a {@code Retry-After}.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class ServiceUnavailableException extends RuntimeException {

	private final String messageKey;

	public ServiceUnavailableException(String messageKey, Throwable cause) {
		super(messageKey, cause);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return messageKey;
	}
}
