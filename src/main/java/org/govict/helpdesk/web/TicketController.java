package org.govict.helpdesk.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.govict.helpdesk.AssignmentGroup;
import org.govict.helpdesk.Category;
import org.govict.helpdesk.Channel;
import org.govict.helpdesk.Helpdesk;
import org.govict.helpdesk.KnowledgeBase;
import org.govict.helpdesk.Level;
import org.govict.helpdesk.ServiceDeskSetup;
import org.govict.helpdesk.Ticket;
import org.govict.helpdesk.TicketForm;
import org.govict.helpdesk.TicketPage;
import org.govict.helpdesk.TicketQuery;
import org.govict.helpdesk.TicketStatus;
import org.govict.helpdesk.TicketType;
import org.govict.inventory.AssetQuery;
import org.govict.inventory.Inventory;
import org.govict.platform.web.Flash;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service desk's pages for every signed-in user: the ticket list (a staff member's own tickets, the technicians'
 * queue), the form to open a ticket, and a ticket's page with its history and a form for each step the reader may
 * take now.
 */
@Controller
class TicketController {

	static final String LIST = "helpdesk/tickets";

	static final String FORM = "helpdesk/ticket-form";

	static final String TICKET = "helpdesk/ticket";

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Helpdesk helpdesk;

	private final ServiceDeskSetup setup;

	private final Inventory inventory;

	private final KnowledgeBase knowledge;

	TicketController(Helpdesk helpdesk, ServiceDeskSetup setup, Inventory inventory, KnowledgeBase knowledge) {
		this.helpdesk = helpdesk;
		this.setup = setup;
		this.inventory = inventory;
		this.knowledge = knowledge;
	}

	@ModelAttribute("categoryNames")
	Map<Long, String> categoryNames(Locale locale) {
		Map<Long, String> names = new HashMap<>();
		setup.categories().forEach(c -> names.put(c.id(), c.name(locale)));
		return names;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return VIETNAM;
	}

	@GetMapping("/helpdesk/tickets")
	String list(@RequestParam(required = false) TicketStatus status, @RequestParam(required = false) Long group,
			@RequestParam(required = false) Long category, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(defaultValue = "false") boolean unassigned, @RequestParam(defaultValue = "false") boolean late,
			@RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		TicketQuery query = new TicketQuery(status, group, category, mine, unassigned, late, open, q, Math.max(0, page));
		TicketPage result = helpdesk.list(query);
		model.addAttribute("query", query);
		model.addAttribute("result", result);
		model.addAttribute("statuses", TicketStatus.values());
		model.addAttribute("categories", setup.categories());
		model.addAttribute("groups", setup.groups());
		model.addAttribute("now", helpdesk.now());
		model.addAttribute("desk", Helpdesk.isDesk());
		return LIST;
	}

	@GetMapping("/helpdesk/tickets/new")
	String newTicket(@RequestParam(required = false) String assetText, Model model) {
		model.addAttribute("ticket", TicketForm.empty());
		prepareForm(model, assetText);
		return FORM;
	}

	@PostMapping("/helpdesk/tickets/new")
	String open(@Valid @ModelAttribute("ticket") TicketForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Ticket opened = helpdesk.open(form, Channel.WEB, Uploads.files(files));
				Flash.success(redirect, "helpdesk.new.done", opened.id());
				return "redirect:/helpdesk/tickets/" + opened.id();
			}
			catch (InvalidInputException invalid) {
				result.addAllErrors(invalid.getErrors());
			}
		}
		model.addAttribute("fileErrors", result.getFieldErrors("files"));
		prepareForm(model, null);
		return FORM;
	}

	private void prepareForm(Model model, String assetText) {
		model.addAttribute("maxFiles", helpdesk.settings().maxAttachments());
		model.addAttribute("maxMegabytes", helpdesk.settings().maxAttachmentSize().toMegabytes());
		if (!model.containsAttribute("fileErrors")) {
			model.addAttribute("fileErrors", List.of());
		}
		model.addAttribute("types", TicketType.values());
		model.addAttribute("levels", Level.values());
		model.addAttribute("categories", setup.categories().stream().filter(Category::active).toList());
		model.addAttribute("assetText", assetText);
		model.addAttribute("assets", inventory.search(new AssetQuery(assetText, null, null, null, 0)));
	}

	@GetMapping("/helpdesk/tickets/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) String assetText, Model model) {
		Ticket t = helpdesk.get(id);
		boolean works = helpdesk.worksOn(t);
		model.addAttribute("t", t);
		model.addAttribute("steps", helpdesk.steps(id));
		model.addAttribute("assets", helpdesk.assets(id));
		model.addAttribute("articles", helpdesk.articleIds(id).stream().flatMap(a -> knowledge.find(a).stream()).toList());
		model.addAttribute("works", works);
		model.addAttribute("requester", helpdesk.isRequester(t));
		model.addAttribute("approver", helpdesk.isApprover(t));
		model.addAttribute("now", helpdesk.now());
		model.addAttribute("attachments", helpdesk.attachments(id));
		model.addAttribute("maxFiles", helpdesk.settings().maxAttachments());
		model.addAttribute("maxMegabytes", helpdesk.settings().maxAttachmentSize().toMegabytes());
		if (!model.containsAttribute("fileErrors")) {
			model.addAttribute("fileErrors", List.of());
		}
		if (works) {
			List<AssignmentGroup> groups = setup.groups();
			model.addAttribute("groups", groups);
			model.addAttribute("technicians", setup.technicians());
			model.addAttribute("assetText", assetText);
			model.addAttribute("assetChoices", inventory.search(new AssetQuery(assetText, null, null, null, 0)));
			model.addAttribute("articleChoices", knowledge.search(null));
		}
		return TICKET;
	}

	@PostMapping("/helpdesk/tickets/{id}/steps/{step}")
	String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String note,
			@RequestParam(defaultValue = "false") boolean privateNote, @RequestParam(required = false) Long groupId,
			@RequestParam(required = false) Long technicianId, @RequestParam(required = false) Long assetId, @RequestParam(required = false) Long articleId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime until,
			RedirectAttributes redirect) {
		try {
			switch (step) {
				case "take" -> helpdesk.take(id);
				case "assign" -> helpdesk.assign(id, groupId, technicianId);
				case "start" -> helpdesk.start(id);
				case "wait" -> helpdesk.waitFor(id, note, until == null ? null : until.atZone(VIETNAM).toInstant());
				case "resume" -> helpdesk.resume(id);
				case "follow-up" -> helpdesk.followUp(id, note, privateNote);
				case "resolve" -> helpdesk.resolve(id, note);
				case "close" -> helpdesk.close(id);
				case "reopen" -> helpdesk.reopen(id, note);
				case "approve" -> helpdesk.decide(id, true, note);
				case "reject" -> helpdesk.decide(id, false, note);
				case "link-asset" -> {
					if (assetId == null) {
						throw new RuleViolationException("helpdesk.error.asset");
					}
					helpdesk.linkAsset(id, assetId);
				}
				case "link-article" -> {
					if (articleId == null) {
						throw new RuleViolationException("helpdesk.error.article");
					}
					helpdesk.linkArticle(id, articleId, knowledge.get(articleId).title());
				}
				default -> throw new AccessDeniedException("helpdesk.access.denied");
			}
			Flash.success(redirect, "helpdesk.action.done");
		}
		catch (RuleViolationException refused) {
			Flash.error(redirect, refused.getMessageKey(), refused.getArguments());
		}
		catch (InvalidInputException invalid) {
			Flash.error(redirect, invalid.getErrors().getAllErrors().get(0).getCode());
		}
		return "redirect:/helpdesk/tickets/" + id;
	}

	/** Files attached after the opening; a refused file is shown next to the file field, and nothing is kept. */
	@PostMapping("/helpdesk/tickets/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
		try {
			helpdesk.attach(id, Uploads.files(files), note);
			Flash.success(redirect, "helpdesk.attachments.done");
			return "redirect:/helpdesk/tickets/" + id;
		}
		catch (RuleViolationException refused) {
			Flash.error(redirect, refused.getMessageKey(), refused.getArguments());
			return "redirect:/helpdesk/tickets/" + id;
		}
		catch (InvalidInputException invalid) {
			List<FieldError> errors = invalid.getErrors().getFieldErrors();
			model.addAttribute("fileErrors", errors);
			model.addAttribute("attachNote", note);
			return show(id, null, model);
		}
	}

	@GetMapping("/helpdesk/tickets/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		return Uploads.download(helpdesk.attachment(id, attachmentId));
	}

	static Instant instant(LocalDateTime local) {
		return local == null ? null : local.atZone(VIETNAM).toInstant();
	}
}
