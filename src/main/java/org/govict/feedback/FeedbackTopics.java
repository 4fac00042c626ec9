package org.govict.feedback;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.feedback.internal.Topics;
import org.govict.platform.database.KeptCopy;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.Roles;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

/** The topics cases are filed under: everyone reads them, system administrators keep the list. */
@Service
public class FeedbackTopics {

	static final String RECORD = "FeedbackTopic";

	private final Topics topics;

	private final AuditTrail audit;

	/** Every form and every intake checks its topic: the list is short and kept. */
	private final KeptCopy<List<Topic>> kept;

	FeedbackTopics(Topics topics, AuditTrail audit) {
		this.topics = topics;
		this.audit = audit;
		this.kept = new KeptCopy<>(() -> List.copyOf(topics.all()));
	}

	public List<Topic> all() {
		return kept.get();
	}

	public List<Topic> active() {
		return all().stream().filter(Topic::active).toList();
	}

	public Optional<Topic> find(String code) {
		return code == null ? Optional.empty() : all().stream().filter(t -> t.code().equals(code)).findFirst();
	}

	@Transactional
	public Topic add(TopicForm form) {
		requireAdmin();
		String code = form.code().strip().toUpperCase(Locale.ROOT);
		if (topics.find(code).isPresent()) {
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "topicForm");
			errors.rejectValue("code", "feedback.topics.codeTaken");
			throw new InvalidInputException(errors);
		}
		Topic topic = form.toTopic(code);
		topics.insert(topic);
		kept.changed();
		audit.record(AuditRecord.created(FeedbackDesk.MODULE, RECORD, code, null, topic));
		return topic;
	}

	@Transactional
	public Topic change(String code, TopicForm form) {
		requireAdmin();
		Topic before = topics.find(code).orElseThrow(() -> new NotFoundException(RECORD, code));
		Topic after = form.toTopic(code);
		topics.update(after);
		kept.changed();
		audit.record(AuditRecord.changed(FeedbackDesk.MODULE, RECORD, code, null, before, after));
		return after;
	}

	public boolean canManage() {
		return CurrentUser.hasRole(Roles.SYSTEM_ADMIN);
	}

	private void requireAdmin() {
		if (!canManage()) {
			throw new AccessDeniedException("Only system administrators change the feedback topics");
		}
	}
}
