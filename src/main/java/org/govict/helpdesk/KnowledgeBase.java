package org.govict.helpdesk;

import java.util.List;
import java.util.Optional;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.helpdesk.internal.Articles;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.ScopedPrincipal;
import org.govict.platform.web.NotFoundException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base (cơ sở tri thức): technicians write articles, often from a solved ticket; once published every
 * signed-in staff member reads and searches them, ignoring diacritics.
 */
@Service
public class KnowledgeBase {

	static final String RECORD = "Article";

	private final Articles articles;

	private final Helpdesk helpdesk;

	private final AuditTrail audit;

	KnowledgeBase(Articles articles, Helpdesk helpdesk, AuditTrail audit) {
		this.articles = articles;
		this.helpdesk = helpdesk;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Article> search(String text) {
		return articles.search(text, Helpdesk.isDesk(), 50);
	}

	@Transactional(readOnly = true)
	public Optional<Article> find(long id) {
		return articles.find(id).filter(a -> a.published() || Helpdesk.isDesk());
	}

	@Transactional(readOnly = true)
	public Article get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException(RECORD, id));
	}

	/** An article pre-filled from a resolved ticket: its title, its description and its solution. */
	@Transactional(readOnly = true)
	public ArticleForm draftFrom(long ticketId) {
		Ticket t = helpdesk.get(ticketId);
		if (t.solution() == null) {
			throw new RuleViolationException("helpdesk.error.noSolution");
		}
		return new ArticleForm(t.title(), t.description() + "\n\n" + t.solution(), t.categoryId(), false, t.id());
	}

	@Transactional
	public Article write(ArticleForm form) {
		requireDesk();
		long me = CurrentUser.get().map(ScopedPrincipal::userId).orElseThrow();
		long id = articles.insert(form, me);
		Article written = articles.find(id).orElseThrow();
		audit.record(AuditRecord.created(Helpdesk.MODULE, RECORD, id, null, written));
		if (form.sourceTicketId() != null) {
			helpdesk.linkArticle(form.sourceTicketId(), id, form.title());
		}
		return written;
	}

	@Transactional
	public Article change(long id, ArticleForm form, int version) {
		requireDesk();
		Article before = get(id);
		if (!articles.update(id, form, version)) {
			throw new RuleViolationException("validation.stale");
		}
		Article after = articles.find(id).orElseThrow();
		audit.record(AuditRecord.changed(Helpdesk.MODULE, RECORD, id, null, before, after));
		return after;
	}

	private static void requireDesk() {
		if (!Helpdesk.isDesk()) {
			throw new AccessDeniedException("helpdesk.access.denied");
		}
	}
}
