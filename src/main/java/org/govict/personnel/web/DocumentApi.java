package org.govict.personnel.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.govict.personnel.DocumentKind;
import org.govict.personnel.PersonnelDocuments;
import org.govict.personnel.internal.Documents.DocumentInfo;
import org.govict.platform.web.ApiController;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/** The scanned documents of a record: list, upload (multipart), download. */
@ApiController("/api/v1/personnel/records/{recordId}/documents")
@Tag(name = "Personnel documents", description = "Scanned decisions, diplomas and certificates of a record")
class DocumentApi {

	private final PersonnelDocuments documents;

	DocumentApi(PersonnelDocuments documents) {
		this.documents = documents;
	}

	@GetMapping
	List<DocumentInfo> list(@PathVariable long recordId) {
		return documents.list(recordId);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	DocumentInfo upload(@PathVariable long recordId, @RequestParam DocumentKind kind, @RequestParam String title,
			@RequestParam(required = false) Long changeId, @RequestPart MultipartFile file) throws IOException {
		return documents.upload(recordId, new PersonnelDocuments.Upload(kind, title, changeId,
				file.getOriginalFilename(), file.getBytes()));
	}

	@GetMapping("/{id}")
	ResponseEntity<byte[]> download(@PathVariable long recordId, @PathVariable long id) {
		return DocumentController.download(documents.download(recordId, id));
	}

	static HttpHeaders attachment(DocumentInfo info) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(info.contentType()));
		headers.setContentDisposition(ContentDisposition.attachment()
			.filename(info.fileName(), java.nio.charset.StandardCharsets.UTF_8)
			.build());
		headers.setContentLength(info.sizeBytes());
		return headers;
	}
}
