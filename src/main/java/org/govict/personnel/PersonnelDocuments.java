package org.govict.personnel;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.personnel.internal.Documents;
import org.govict.personnel.internal.Documents.DocumentInfo;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scanned documents (decisions, diplomas, certificates) attached to a record. Whoever may read the record sees the
 * list and downloads (each download is an audited view); whoever may change it uploads. A file is accepted by its
 * content (see {@link ScannedContent}) and size; the same file twice on one record is refused.
 */
@Service
public class PersonnelDocuments {

	static final String DOCUMENT = "PersonnelDocument";

	private final PersonnelRegistry registry;

	private final Documents documents;

	private final AuditTrail audit;

	private final ExchangeSettings settings;

	PersonnelDocuments(PersonnelRegistry registry, Documents documents, AuditTrail audit, ExchangeSettings settings) {
		this.registry = registry;
		this.documents = documents;
		this.audit = audit;
		this.settings = settings;
	}

	/** A document with its bytes, to download. */
	public record Download(DocumentInfo info, byte[] content) {
	}

	/** What an upload says besides its bytes. */
	public record Upload(DocumentKind kind, String title, Long changeId, String fileName, byte[] content) {
	}

	@Transactional
	public List<DocumentInfo> list(long recordId) {
		registry.get(recordId);
		return documents.ofRecord(recordId);
	}

	public long maxSizeBytes() {
		return settings.maxDocumentSize().toBytes();
	}

	/**
	 * Attaches a scan to the record.
	 * @throws RecordRefused when the file is empty, too large, not a PDF, JPEG or PNG, or already attached
	 */
	@Transactional
	public DocumentInfo upload(long recordId, Upload upload) {
		if (!PersonnelRegistry.canChange()) {
			throw new AccessDeniedException("personnel.access.denied");
		}
		PersonnelRecord record = registry.get(recordId);
		if (upload.kind() == null) {
			throw new RecordRefused(FieldRefusal.of("kind", "personnel.value.required"));
		}
		String title = upload.title() == null ? "" : upload.title().strip();
		if (title.isEmpty()) {
			throw new RecordRefused(FieldRefusal.of("title", "personnel.value.required"));
		}
		if (title.length() > 300) {
			throw new RecordRefused(FieldRefusal.of("title", "personnel.value.tooLong", 300));
		}
		byte[] content = upload.content();
		if (content == null || content.length == 0) {
			throw new RecordRefused(FieldRefusal.of("file", "personnel.document.empty"));
		}
		if (content.length > maxSizeBytes()) {
			throw new RecordRefused(FieldRefusal.of("file", "personnel.document.tooLarge",
					settings.maxDocumentSize().toMegabytes()));
		}
		String type = ScannedContent.typeOf(content)
			.orElseThrow(() -> new RecordRefused(FieldRefusal.of("file", "personnel.document.type")));
		if (upload.kind() == DocumentKind.PHOTO && !type.startsWith("image/")) {
			throw new RecordRefused(FieldRefusal.of("file", "personnel.document.photo.type"));
		}
		if (upload.changeId() != null && !documents.changeBelongsTo(upload.changeId(), recordId)) {
			throw new RecordRefused(FieldRefusal.of("changeId", "personnel.document.change.invalid"));
		}
		String sha256 = sha256(content);
		if (documents.exists(recordId, sha256)) {
			throw new RecordRefused(FieldRefusal.of("file", "personnel.document.duplicate"));
		}
		String fileName = safeName(upload.fileName(), type);
		long id = documents.insert(recordId, upload.changeId(), upload.kind().name(), title, fileName, type, content,
				sha256, CurrentUser.actorName());
		audit.record(AuditRecord.created(PersonnelRegistry.MODULE, DOCUMENT, id, record.unitId(),
				Map.of("record", recordId, "kind", upload.kind().name(), "title", title, "sha256", sha256, "size",
						content.length)));
		return documents.find(recordId, id).orElseThrow();
	}

	/**
	 * The record's photo: the latest document of kind PHOTO, for the record page and the résumé, which are audited
	 * as views of the record themselves.
	 */
	@Transactional(readOnly = true)
	public Optional<Download> photo(long recordId) {
		registry.requireReadable(recordId);
		return documents.latest(recordId, DocumentKind.PHOTO.name())
			.map(info -> new Download(info, documents.content(info.id())));
	}

	/** Whether the record has a photo, without reading it. */
	@Transactional(readOnly = true)
	public boolean hasPhoto(long recordId) {
		registry.requireReadable(recordId);
		return documents.latest(recordId, DocumentKind.PHOTO.name()).isPresent();
	}

	/** The document's bytes; the download goes on the audit trail as a view. */
	@Transactional
	public Download download(long recordId, long documentId) {
		PersonnelRecord record = registry.get(recordId);
		DocumentInfo info = documents.find(recordId, documentId)
			.orElseThrow(() -> new NotFoundException(DOCUMENT, documentId));
		audit.record(AuditRecord.viewed(PersonnelRegistry.MODULE, DOCUMENT, documentId, record.unitId())
			.withSummary("download of " + info.fileName() + " of record " + recordId));
		return new Download(info, documents.content(documentId));
	}

	/** The name to save the file under: the uploader's, without any path, with the extension of what it is. */
	static String safeName(String name, String type) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		int dot = base.lastIndexOf('.');
		if (dot > 0) {
			base = base.substring(0, dot);
		}
		if (base.isEmpty()) {
			base = "document";
		}
		if (base.length() > 200) {
			base = base.substring(0, 200);
		}
		String extension = switch (type) {
			case "application/pdf" -> ".pdf";
			case "image/jpeg" -> ".jpg";
			default -> ".png";
		};
		return base + extension;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
