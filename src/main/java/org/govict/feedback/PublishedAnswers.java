package org.govict.feedback;

import java.util.List;

import org.govict.feedback.internal.Cases;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public list of answers (công khai kết quả trả lời): the answered cases whose senders agreed to publication,
 * as copied with personal data removed when the answer was sent. Anyone may read and search it.
 */
@Service
public class PublishedAnswers {

	public static final int PAGE_SIZE = 20;

	private final Cases cases;

	PublishedAnswers(Cases cases) {
		this.cases = cases;
	}

	/** A page of the list and how many answers match. */
	public record Page(List<PublishedAnswer> answers, long total, int page) {

		public int pages() {
			return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}
	}

	/** The newest answers first; {@code text} matches the title, question or answer, ignoring diacritics. */
	@Transactional(readOnly = true)
	public Page search(String text, int page) {
		int p = Math.max(0, page);
		String q = text == null || text.isBlank() ? null : text.strip();
		return new Page(cases.published(q, p * PAGE_SIZE, PAGE_SIZE), cases.countPublished(q), p);
	}
}
