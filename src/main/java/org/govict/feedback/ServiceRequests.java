package org.govict.feedback;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.govict.feedback.internal.PublicRequests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk as Open311 GeoReport v2 clients use it: service requests (cases) submitted by an application holding
 * an API key, through the same intake as the public form, and followed by anyone who knows their
 * service_request_id (the tracking code) or the token the application was given.
 */
@Service
public class ServiceRequests {

	/** The API scope an API key needs to submit service requests. */
	public static final String SUBMIT_SCOPE = "open311:submit";

	/** The most requests one answer lists, as the GeoReport v2 specification suggests (90 days, 1,000 requests). */
	public static final int LIST_LIMIT = 1000;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final FeedbackDesk desk;

	private final PublicRequests requests;

	ServiceRequests(FeedbackDesk desk, PublicRequests requests) {
		this.desk = desk;
		this.requests = requests;
	}

	/** A request received: the desk's receipt and the token by which the client may look it up later. */
	public record Submitted(Receipt receipt, String token) {
	}

	/**
	 * Receives a case from an Open311 application, in one transaction with the token it is given; the same
	 * submission sent again gets the first case's tracking code and no new token.
	 * @throws org.govict.platform.web.InvalidInputException naming the fields at fault
	 */
	@Transactional
	public Submitted submit(Submission submission, String submittedBy, Locale locale) {
		Receipt receipt = desk.submit(submission, List.of(), locale);
		if (receipt.duplicate()) {
			return new Submitted(receipt, null);
		}
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		requests.recordSubmission(receipt.caseId(), token, submittedBy);
		return new Submitted(receipt, token);
	}

	@Transactional(readOnly = true)
	public List<PublicRequest> search(PublicRequests.Filter filter) {
		return requests.search(filter);
	}

	@Transactional(readOnly = true)
	public Optional<PublicRequest> find(String serviceRequestId) {
		if (serviceRequestId == null || serviceRequestId.isBlank()) {
			return Optional.empty();
		}
		return requests.find(CaseCodes.normalise(serviceRequestId));
	}

	@Transactional(readOnly = true)
	public Optional<String> serviceRequestIdOf(String token) {
		return token == null || token.isBlank() ? Optional.empty() : requests.trackingCodeOfToken(token.strip());
	}
}
