package org.govict.feedback;

import java.util.List;
import java.util.Optional;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.feedback.internal.Rules;
import org.govict.platform.database.KeptCopy;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.Roles;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The legal deadline rules as data: everyone who handles cases reads them, system administrators change them
 * when the law changes, and every change goes on the audit trail. A case keeps the deadline it was given until
 * its next step.
 */
@Service
public class DeadlineRules {

	static final String RECORD = "FeedbackDeadlineRule";

	private final Rules rules;

	private final AuditTrail audit;

	/** Every case's deadline is counted by these few rules: they are kept, not read for each case. */
	private final KeptCopy<List<DeadlineRule>> kept;

	DeadlineRules(Rules rules, AuditTrail audit) {
		this.rules = rules;
		this.audit = audit;
		this.kept = new KeptCopy<>(() -> List.copyOf(rules.all()));
	}

	public List<DeadlineRule> all() {
		return kept.get();
	}

	public Optional<DeadlineRule> find(CaseKind kind, Stage stage) {
		return all().stream().filter(r -> r.kind() == kind && r.stage() == stage).findFirst();
	}

	public DeadlineRule get(CaseKind kind, Stage stage) {
		return find(kind, stage).orElseThrow(() -> new NotFoundException(RECORD, kind + "/" + stage));
	}

	/** The rule that runs from a case's receipt: forwarding for feedback, acceptance for the others. */
	public Optional<DeadlineRule> onReceipt(CaseKind kind) {
		return all()
			.stream()
			.filter(r -> r.kind() == kind && r.countedFrom() == CountedFrom.RECEIVED)
			.findFirst();
	}

	@Transactional
	public DeadlineRule change(CaseKind kind, Stage stage, RuleForm form) {
		if (!canManage()) {
			throw new AccessDeniedException("Only system administrators change the deadline rules");
		}
		DeadlineRule before = rules.find(kind, stage).orElseThrow(() -> new NotFoundException(RECORD, kind + "/" + stage));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "ruleForm");
		if ((form.extensionDays() == null) != (form.maxExtensions() == null || form.maxExtensions() == 0)) {
			errors.rejectValue("maxExtensions", "feedback.rules.extensionPair");
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		DeadlineRule after = new DeadlineRule(kind, stage, form.days(), form.counting(), form.countedFrom(),
				form.complexDays(), form.remoteDays(), form.remoteComplexDays(), form.extensionDays(),
				form.maxExtensions() == null ? 0 : form.maxExtensions(), blankToNull(form.legalBasis()),
				before.updatedAt(), CurrentUser.actorName());
		rules.update(after, CurrentUser.actorName());
		kept.changed();
		audit.record(AuditRecord.changed(FeedbackDesk.MODULE, RECORD, kind + "/" + stage, null, before, after));
		return rules.find(kind, stage).orElseThrow();
	}

	public boolean canManage() {
		return CurrentUser.hasRole(Roles.SYSTEM_ADMIN);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
