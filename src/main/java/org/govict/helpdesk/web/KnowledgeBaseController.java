package org.govict.helpdesk.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.govict.helpdesk.Article;
import org.govict.helpdesk.ArticleForm;
import org.govict.helpdesk.Helpdesk;
import org.govict.helpdesk.KnowledgeBase;
import org.govict.helpdesk.ServiceDeskSetup;
import org.govict.platform.web.Flash;
import org.govict.platform.web.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The knowledge base's pages: search and read for every signed-in user, write and edit for technicians. */
@Controller
class KnowledgeBaseController {

	static final String LIST = "helpdesk/kb";

	static final String ARTICLE = "helpdesk/article";

	static final String FORM = "helpdesk/article-form";

	private final KnowledgeBase knowledge;

	private final ServiceDeskSetup setup;

	KnowledgeBaseController(KnowledgeBase knowledge, ServiceDeskSetup setup) {
		this.knowledge = knowledge;
		this.setup = setup;
	}

	@ModelAttribute("categoryNames")
	Map<Long, String> categoryNames(Locale locale) {
		Map<Long, String> names = new HashMap<>();
		setup.categories().forEach(c -> names.put(c.id(), c.name(locale)));
		return names;
	}

	@GetMapping("/helpdesk/kb")
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("articles", knowledge.search(q));
		model.addAttribute("desk", Helpdesk.isDesk());
		return LIST;
	}

	@GetMapping("/helpdesk/kb/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("article", knowledge.get(id));
		model.addAttribute("desk", Helpdesk.isDesk());
		return ARTICLE;
	}

	@GetMapping("/helpdesk/kb/new")
	@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SYSTEM_ADMIN')")
	String newArticle(@RequestParam(required = false) Long fromTicket, Model model) {
		model.addAttribute("articleForm",
				fromTicket == null ? new ArticleForm("", "", null, false, null) : knowledge.draftFrom(fromTicket));
		model.addAttribute("categories", setup.categories());
		return FORM;
	}

	@PostMapping("/helpdesk/kb/new")
	@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SYSTEM_ADMIN')")
	String write(@Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("categories", setup.categories());
			return FORM;
		}
		Article written = knowledge.write(form);
		Flash.success(redirect, "helpdesk.kb.saved");
		return "redirect:/helpdesk/kb/" + written.id();
	}

	@GetMapping("/helpdesk/kb/{id}/edit")
	@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SYSTEM_ADMIN')")
	String edit(@PathVariable long id, Model model) {
		Article a = knowledge.get(id);
		model.addAttribute("articleForm", new ArticleForm(a.title(), a.body(), a.categoryId(), a.published(),
				a.sourceTicketId()));
		model.addAttribute("editing", a);
		model.addAttribute("categories", setup.categories());
		return FORM;
	}

	@PostMapping("/helpdesk/kb/{id}/edit")
	@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SYSTEM_ADMIN')")
	String change(@PathVariable long id, @RequestParam int version,
			@Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				knowledge.change(id, form, version);
				Flash.success(redirect, "helpdesk.kb.saved");
				return "redirect:/helpdesk/kb/" + id;
			}
			catch (RuleViolationException stale) {
				result.reject(stale.getMessageKey());
			}
		}
		model.addAttribute("editing", knowledge.get(id));
		model.addAttribute("categories", setup.categories());
		return FORM;
	}
}
