package org.govict.helpdesk.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.govict.helpdesk.Article;
import org.govict.helpdesk.ArticleForm;
import org.govict.helpdesk.Channel;
import org.govict.helpdesk.Helpdesk;
import org.govict.helpdesk.KnowledgeBase;
import org.govict.helpdesk.Ticket;
import org.govict.helpdesk.TicketAttachment;
import org.govict.helpdesk.TicketForm;
import org.govict.helpdesk.TicketPage;
import org.govict.helpdesk.TicketQuery;
import org.govict.helpdesk.TicketStatus;
import org.govict.helpdesk.TicketStep;
import org.govict.platform.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The service desk for other systems and scripts: tickets (each answer what the same user sees on the pages: their
 * own, or a technician's queue), their steps, and the knowledge base.
 */
@ApiController("/api/v1/helpdesk")
class HelpdeskApi {

	private final Helpdesk helpdesk;

	private final KnowledgeBase knowledge;

	HelpdeskApi(Helpdesk helpdesk, KnowledgeBase knowledge) {
		this.helpdesk = helpdesk;
		this.knowledge = knowledge;
	}

	/** The text of a step: a note, a reason, a solution. */
	record StepText(@Size(max = 8000) String note, Boolean privateNote, Instant until) {
	}

	record Assignment(Long groupId, Long technicianId) {
	}

	record AssetLink(long assetId) {
	}


	@GetMapping("/tickets")
	TicketPage tickets(@RequestParam(required = false) TicketStatus status, @RequestParam(required = false) Long group,
			@RequestParam(required = false) Long category, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(defaultValue = "false") boolean unassigned, @RequestParam(defaultValue = "false") boolean late,
			@RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page) {
		return helpdesk.list(new TicketQuery(status, group, category, mine, unassigned, late, open, q, Math.max(0, page)));
	}

	@PostMapping("/tickets")
	@ResponseStatus(HttpStatus.CREATED)
	Ticket open(@Valid @RequestBody TicketForm form) {
		return helpdesk.open(form, Channel.API, List.of());
	}

	@GetMapping("/tickets/{id}/attachments")
	List<TicketAttachment> attachments(@PathVariable long id) {
		return helpdesk.attachments(id);
	}

	/** Attaches files (multipart, part {@code files}, up to the desk's number and size) with an optional note. */
	@PostMapping(path = "/tickets/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	List<TicketAttachment> attach(@PathVariable long id,
			@RequestPart(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) String note) {
		return helpdesk.attach(id, Uploads.files(files), note);
	}

	@GetMapping("/tickets/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		return Uploads.download(helpdesk.attachment(id, attachmentId));
	}

	@GetMapping("/tickets/{id}")
	Ticket get(@PathVariable long id) {
		return helpdesk.get(id);
	}

	@GetMapping("/tickets/{id}/steps")
	List<TicketStep> steps(@PathVariable long id) {
		return helpdesk.steps(id);
	}

	@PostMapping("/tickets/{id}/take")
	Ticket take(@PathVariable long id) {
		return helpdesk.take(id);
	}

	@PostMapping("/tickets/{id}/assign")
	Ticket assign(@PathVariable long id, @RequestBody Assignment assignment) {
		return helpdesk.assign(id, assignment.groupId(), assignment.technicianId());
	}

	@PostMapping("/tickets/{id}/start")
	Ticket start(@PathVariable long id) {
		return helpdesk.start(id);
	}

	@PostMapping("/tickets/{id}/wait")
	Ticket waitFor(@PathVariable long id, @Valid @RequestBody StepText text) {
		return helpdesk.waitFor(id, text.note(), text.until());
	}

	@PostMapping("/tickets/{id}/resume")
	Ticket resume(@PathVariable long id) {
		return helpdesk.resume(id);
	}

	@PostMapping("/tickets/{id}/follow-ups")
	Ticket followUp(@PathVariable long id, @Valid @RequestBody StepText text) {
		return helpdesk.followUp(id, text.note(), Boolean.TRUE.equals(text.privateNote()));
	}

	@PostMapping("/tickets/{id}/resolve")
	Ticket resolve(@PathVariable long id, @Valid @RequestBody StepText text) {
		return helpdesk.resolve(id, text.note());
	}

	@PostMapping("/tickets/{id}/close")
	Ticket close(@PathVariable long id) {
		return helpdesk.close(id);
	}

	@PostMapping("/tickets/{id}/reopen")
	Ticket reopen(@PathVariable long id, @Valid @RequestBody StepText text) {
		return helpdesk.reopen(id, text.note());
	}

	@PostMapping("/tickets/{id}/approve")
	Ticket approve(@PathVariable long id, @Valid @RequestBody(required = false) StepText text) {
		return helpdesk.decide(id, true, text == null ? null : text.note());
	}

	@PostMapping("/tickets/{id}/reject")
	Ticket reject(@PathVariable long id, @Valid @RequestBody StepText text) {
		return helpdesk.decide(id, false, text.note());
	}

	@PostMapping("/tickets/{id}/assets")
	Ticket linkAsset(@PathVariable long id, @RequestBody AssetLink link) {
		return helpdesk.linkAsset(id, link.assetId());
	}

	record ArticleLink(long articleId) {
	}

	@PostMapping("/tickets/{id}/articles")
	Ticket linkArticle(@PathVariable long id, @RequestBody ArticleLink link) {
		return helpdesk.linkArticle(id, link.articleId(), knowledge.get(link.articleId()).title());
	}

	@GetMapping("/articles")
	List<Article> articles(@RequestParam(required = false) String q) {
		return knowledge.search(q);
	}

	@GetMapping("/articles/{id}")
	Article article(@PathVariable long id) {
		return knowledge.get(id);
	}

	@PostMapping("/articles")
	@ResponseStatus(HttpStatus.CREATED)
	Article write(@Valid @RequestBody ArticleForm form) {
		return knowledge.write(form);
	}
}
