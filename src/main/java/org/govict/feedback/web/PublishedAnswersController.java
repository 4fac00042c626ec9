package org.govict.feedback.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.govict.feedback.FeedbackTopics;
import org.govict.feedback.PublishedAnswers;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public list of answers, without sign-in, searchable without diacritics. */
@Controller
class PublishedAnswersController {

	static final String LIST = "feedback/public/answers";

	private final PublishedAnswers answers;

	private final FeedbackTopics topics;

	private final Organisation organisation;

	PublishedAnswersController(PublishedAnswers answers, FeedbackTopics topics, Organisation organisation) {
		this.answers = answers;
		this.topics = topics;
		this.organisation = organisation;
	}

	@GetMapping("/feedback/answers")
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Locale locale,
			Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("result", answers.search(q, page));
		Map<String, String> topicNames = new HashMap<>();
		topics.all().forEach(t -> topicNames.put(t.code(), t.name(locale)));
		model.addAttribute("topicNames", topicNames);
		Map<Long, String> unitNames = new HashMap<>();
		for (OrganisationUnit unit : organisation.allUnscoped()) {
			unitNames.put(unit.id(), unit.name(locale));
		}
		model.addAttribute("unitNames", unitNames);
		return LIST;
	}
}
