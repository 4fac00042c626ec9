package org.govict.feedback.web;

import jakarta.validation.Valid;
import org.govict.feedback.CaseKind;
import org.govict.feedback.CountedFrom;
import org.govict.feedback.Counting;
import org.govict.feedback.DeadlineRules;
import org.govict.feedback.FeedbackTopics;
import org.govict.feedback.RuleForm;
import org.govict.feedback.Stage;
import org.govict.feedback.TopicForm;
import org.govict.platform.web.Flash;
import org.govict.platform.web.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The desk's settings: the legal deadline rules and the topics, read by staff and changed by administrators. */
@Controller
@PreAuthorize("hasAnyRole('FEEDBACK_OFFICER','LEADER','SYSTEM_ADMIN')")
class SettingsController {

	static final String RULES = "feedback/rules";

	static final String RULE_FORM = "feedback/rule-form";

	static final String TOPICS = "feedback/topics";

	static final String TOPIC_FORM = "feedback/topic-form";

	private final DeadlineRules rules;

	private final FeedbackTopics topics;

	SettingsController(DeadlineRules rules, FeedbackTopics topics) {
		this.rules = rules;
		this.topics = topics;
	}

	@GetMapping("/feedback/rules")
	String rules(Model model) {
		model.addAttribute("rules", rules.all());
		model.addAttribute("canManage", rules.canManage());
		return RULES;
	}

	@GetMapping("/feedback/rules/{kind}/{stage}/edit")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String ruleForm(@PathVariable CaseKind kind, @PathVariable Stage stage, Model model) {
		model.addAttribute("ruleForm", RuleForm.of(rules.get(kind, stage)));
		prepareRule(kind, stage, model);
		return RULE_FORM;
	}

	@PostMapping("/feedback/rules/{kind}/{stage}/edit")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String changeRule(@PathVariable CaseKind kind, @PathVariable Stage stage,
			@Valid @ModelAttribute("ruleForm") RuleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepareRule(kind, stage, model);
		if (result.hasErrors()) {
			return RULE_FORM;
		}
		try {
			rules.change(kind, stage, form);
			Flash.success(redirect, "common.saved");
			return "redirect:/feedback/rules";
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return RULE_FORM;
		}
	}

	@GetMapping("/feedback/topics")
	String topics(Model model) {
		model.addAttribute("topics", topics.all());
		model.addAttribute("canManage", topics.canManage());
		return TOPICS;
	}

	@GetMapping("/feedback/topics/new")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String newTopic(Model model) {
		model.addAttribute("topicForm", TopicForm.empty());
		model.addAttribute("editing", null);
		return TOPIC_FORM;
	}

	@PostMapping("/feedback/topics/new")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String addTopic(@Valid @ModelAttribute("topicForm") TopicForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editing", null);
		if (result.hasErrors()) {
			return TOPIC_FORM;
		}
		try {
			topics.add(form);
			Flash.success(redirect, "common.saved");
			return "redirect:/feedback/topics";
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return TOPIC_FORM;
		}
	}

	@GetMapping("/feedback/topics/{code}/edit")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String editTopic(@PathVariable String code, Model model) {
		model.addAttribute("topicForm", TopicForm.of(topics.find(code)
			.orElseThrow(() -> new org.govict.platform.web.NotFoundException("FeedbackTopic", code))));
		model.addAttribute("editing", code);
		return TOPIC_FORM;
	}

	@PostMapping("/feedback/topics/{code}/edit")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String changeTopic(@PathVariable String code, @Valid @ModelAttribute("topicForm") TopicForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("editing", code);
		if (result.getFieldErrors().stream().anyMatch(e -> !e.getField().equals("code"))) {
			return TOPIC_FORM;
		}
		topics.change(code, form);
		Flash.success(redirect, "common.saved");
		return "redirect:/feedback/topics";
	}

	private void prepareRule(CaseKind kind, Stage stage, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("stage", stage);
		model.addAttribute("countings", Counting.values());
		model.addAttribute("countedFroms", CountedFrom.values());
	}
}
