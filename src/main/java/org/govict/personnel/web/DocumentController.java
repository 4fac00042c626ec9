package org.govict.personnel.web;

import java.io.IOException;
import java.util.Set;

import org.govict.personnel.DocumentKind;
import org.govict.personnel.PersonnelDocuments;
import org.govict.personnel.PersonnelRegistry;
import org.govict.personnel.RecordRefused;
import org.govict.platform.web.Flash;
import org.govict.platform.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The scanned documents of a record: the list, the upload form, downloads. */
@Controller
class DocumentController {

	static final String VIEW = "personnel/documents";

	private final PersonnelDocuments documents;

	private final PersonnelRegistry registry;

	DocumentController(PersonnelDocuments documents, PersonnelRegistry registry) {
		this.documents = documents;
		this.registry = registry;
	}

	/** The upload form; the file comes as a separate part. */
	static final class DocumentForm {

		private DocumentKind kind = DocumentKind.DECISION;

		private String title;

		private Long changeId;

		private MultipartFile file;

		public DocumentKind getKind() {
			return kind;
		}

		public void setKind(DocumentKind kind) {
			this.kind = kind;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public Long getChangeId() {
			return changeId;
		}

		public void setChangeId(Long changeId) {
			this.changeId = changeId;
		}

		public MultipartFile getFile() {
			return file;
		}

		public void setFile(MultipartFile file) {
			this.file = file;
		}
	}

	@GetMapping("/personnel/records/{id}/documents")
	String list(@PathVariable long id, Model model) {
		if (!model.containsAttribute("documentForm")) {
			model.addAttribute("documentForm", new DocumentForm());
		}
		return page(id, model);
	}

	@PostMapping("/personnel/records/{id}/documents")
	String upload(@PathVariable long id, @ModelAttribute("documentForm") DocumentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) throws IOException {
		MultipartFile file = form.getFile();
		try {
			documents.upload(id, new PersonnelDocuments.Upload(form.getKind(), form.getTitle(), form.getChangeId(),
					file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes()));
		}
		catch (RecordRefused refused) {
			Refusals.bind(refused, result, Set.of("kind", "title", "changeId", "file"));
			return page(id, model);
		}
		Flash.success(redirect, "personnel.document.saved");
		return "redirect:/personnel/records/" + id + "/documents";
	}

	@GetMapping("/personnel/records/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
		return download(documents.download(id, documentId));
	}

	/** The record's photo, shown on its page; 404 when it has none. */
	@GetMapping("/personnel/records/{id}/photo")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		PersonnelDocuments.Download photo = documents.photo(id)
			.orElseThrow(() -> new NotFoundException("PersonnelPhoto", id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.info().contentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.eTag(photo.info().sha256())
			.body(photo.content());
	}

	static ResponseEntity<byte[]> download(PersonnelDocuments.Download download) {
		return ResponseEntity.ok().headers(DocumentApi.attachment(download.info())).body(download.content());
	}

	private String page(long id, Model model) {
		model.addAttribute("documents", documents.list(id));
		model.addAttribute("record", registry.get(id));
		model.addAttribute("history", registry.history(id));
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("canUpload", PersonnelRegistry.canChange());
		model.addAttribute("maxMegabytes", documents.maxSizeBytes() / (1024 * 1024));
		return VIEW;
	}
}
