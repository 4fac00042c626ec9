package org.govict.personnel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.personnel.imports.ImportColumns;
import org.govict.personnel.imports.ImportRunner;
import org.govict.personnel.imports.ImportSettings;
import org.govict.personnel.imports.Imports;
import org.govict.personnel.imports.RecordExports;
import org.govict.personnel.imports.Sheets;
import org.govict.personnel.internal.ReferenceSnapshot;
import org.govict.personnel.internal.ReferenceSnapshots;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.DataScope;
import org.govict.platform.security.Roles;
import org.govict.platform.web.NotFoundException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports of personnel records from .xlsx and .csv files, and exports of any list of records to them.
 * <p>
 * An upload is stored in the database and acknowledged at once; the import runs in the background (see
 * {@link ImportRunner}), creating records and updating existing ones by ID number, each with one IMPORTED change
 * holding only the fields that differ. ALL_OR_NOTHING loads in one transaction, so that one refused row leaves the
 * registry as it was; VALID_ROWS commits batch by batch with the checkpoint, so that a stopped import leaves exactly
 * the rows it reported as loaded and resumes after them. Refusals are kept with the row, the column and a message
 * key, and read in the language of whoever reads the report.
 */
@Service
public class PersonnelImports {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final int SNIFF = 8192;

	private final Imports imports;

	private final ImportRunner runner;

	private final RecordExports exports;

	private final PersonnelRegistry registry;

	private final PersonnelLists lists;

	private final ReferenceSnapshots references;

	private final Organisation organisation;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final ImportSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PersonnelImports(Imports imports, ImportRunner runner, RecordExports exports, PersonnelRegistry registry,
			PersonnelLists lists, ReferenceSnapshots references, Organisation organisation, MessageSource messages,
			AuditTrail audit, ImportSettings settings, PlatformTransactionManager transactions,
			Optional<Clock> clock) {
		this.imports = imports;
		this.runner = runner;
		this.exports = exports;
		this.registry = registry;
		this.lists = lists;
		this.references = references;
		this.organisation = organisation;
		this.messages = messages;
		this.audit = audit;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** Only HR officers and system administrators import. */
	public static boolean canImport() {
		return PersonnelRegistry.canChange();
	}

	public long maxBytes() {
		return settings.importMaxBytes().toBytes();
	}

	/**
	 * Stores an uploaded file and queues its import. The file is recognised by its content, not its name: an
	 * .xlsx is a zip archive, a CSV is text.
	 * @param effectiveOn the day the changes take effect; null: today
	 * @throws RecordRefused when the file or the date cannot be accepted, with the reason
	 */
	public PersonnelImport upload(String fileName, InputStream content, ImportMode mode, LocalDate effectiveOn,
			Locale locale) {
		requireImport();
		LocalDate today = LocalDate.now(clock);
		LocalDate effective = effectiveOn == null ? today : effectiveOn;
		if (effective.isAfter(today)) {
			throw new RecordRefused(FieldRefusal.of("effectiveOn", "personnel.import.effectiveInFuture"));
		}
		String name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
		if (name.length() > 255) {
			name = name.substring(name.length() - 255);
		}
		BufferedInputStream in = new BufferedInputStream(content, SNIFF * 2);
		String format = formatOf(in, name);
		String storedName = name;
		long id = transaction.execute(s -> {
			long[] stored = imports.storeFile(new Limited(in, maxBytes()));
			if (stored[1] == 0) {
				throw new RecordRefused(FieldRefusal.of("file", "personnel.import.emptyFile"));
			}
			long importId = imports.insert(storedName, format, mode == null ? ImportMode.ALL_OR_NOTHING : mode,
					effective, stored[0], stored[1], CurrentUser.actorName(), registry.scopePrefixes(),
					PersonnelRegistry.canSeeSensitive(), locale == null ? "vi" : locale.toLanguageTag());
			audit.record(AuditRecord.created(PersonnelRegistry.MODULE, "PersonnelImport", importId, null,
					Map.of("file", storedName, "format", format, "bytes", stored[1], "mode", String.valueOf(mode))));
			return importId;
		});
		runner.wake();
		return imports.find(id).orElseThrow();
	}

	/** XLSX when the content is a zip archive, CSV when it is text; anything else is refused. */
	private static String formatOf(BufferedInputStream in, String name) {
		byte[] head;
		try {
			in.mark(SNIFF + 1);
			head = in.readNBytes(SNIFF);
			in.reset();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String lower = name.toLowerCase(Locale.ROOT);
		boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		if (zip) {
			if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
				throw new RecordRefused(FieldRefusal.of("file", "personnel.import.notRecognised"));
			}
			return "XLSX";
		}
		if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || !isText(head)) {
			throw new RecordRefused(FieldRefusal.of("file", "personnel.import.notRecognised"));
		}
		return "CSV";
	}

	/** Text: no NUL bytes (UTF-16 text, which has them, starts with its byte order mark). */
	private static boolean isText(byte[] head) {
		if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
				|| (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
			return true;
		}
		for (byte b : head) {
			if (b == 0) {
				return false;
			}
		}
		return true;
	}

	/** An import of the current user (a system administrator sees every import). */
	public PersonnelImport get(long id) {
		requireImport();
		return imports.find(id)
			.filter(i -> CurrentUser.hasRole(Roles.SYSTEM_ADMIN) || i.requestedBy().equals(CurrentUser.actorName()))
			.orElseThrow(() -> new NotFoundException("PersonnelImport", id));
	}

	/** The current user's latest imports. */
	public List<PersonnelImport> mine() {
		requireImport();
		return imports.requestedBy(CurrentUser.actorName(), 50);
	}

	/** Stops an import that has not finished; a VALID_ROWS import keeps the batches already committed. */
	public PersonnelImport cancel(long id) {
		get(id);
		if (!Boolean.TRUE.equals(transaction.execute(s -> imports.cancel(id)))) {
			throw new RuleViolationException("personnel.import.alreadyFinished");
		}
		return get(id);
	}

	/** The first refusals of an import, in the order of the file. */
	public List<ImportRefusal> refusals(long id, int limit) {
		get(id);
		return imports.refusals(id, limit);
	}

	/** A refusal as a person reads it: the row, the column's label, the value and the message in their language. */
	public record RefusalLine(long row, String column, String value, String message) {
	}

	public RefusalLine line(ImportRefusal refusal, ImportColumns columns, Locale locale) {
		String column = refusal.column() == null ? ""
				: columns.column(refusal.column()).map(c -> c.label(locale)).orElse(refusal.column());
		Object[] arguments = refusal.arguments().stream()
			.map(a -> a instanceof String key && key.startsWith("personnel.") ? messages.getMessage(key, null, key, locale)
					: a)
			.toArray();
		return new RefusalLine(refusal.row(), column, refusal.value(),
				messages.getMessage(refusal.messageKey(), arguments, refusal.messageKey(), locale));
	}

	public List<RefusalLine> refusalLines(long id, int limit, Locale locale) {
		ImportColumns columns = columns();
		return refusals(id, limit).stream().map(r -> line(r, columns, locale)).toList();
	}

	/** The error report: row, column, value and message, one refusal a line. */
	public void writeRefusals(long id, Sheets.Format format, OutputStream out, Locale locale) {
		get(id);
		ImportColumns columns = columns();
		try (Sheets sheet = Sheets.open(format, out, text("personnel.import.report.sheet", locale))) {
			sheet.row(List.of(text("personnel.import.report.row", locale), text("personnel.import.report.column", locale),
					text("personnel.import.report.value", locale), text("personnel.import.report.message", locale)));
			transaction.executeWithoutResult(s -> imports.eachRefusal(id, refusal -> {
				RefusalLine line = line(refusal, columns, locale);
				sheet.row(List.of(String.valueOf(line.row()), line.column(), line.value() == null ? "" : line.value(),
						line.message()));
			}));
		}
	}

	/** The columns of the flat file for the current schema. */
	public ImportColumns columns() {
		return ImportColumns.of(registry.schema(), messages);
	}

	/**
	 * The template: the header row, and in an .xlsx a second sheet explaining each column with the codes it takes
	 * (the choices, the reference lists and the units within the user's scope).
	 */
	public void writeTemplate(Sheets.Format format, OutputStream out, Locale locale) {
		requireImport();
		ImportColumns columns = columns();
		try (Sheets sheet = Sheets.open(format, out, text("personnel.import.template.sheet", locale))) {
			sheet.row(columns.columns().stream().map(c -> c.label(Locale.forLanguageTag("vi"))).toList());
			if (format == Sheets.Format.CSV) {
				return;
			}
			sheet.sheet(text("personnel.import.template.guide", locale));
			sheet.row(List.of(text("personnel.import.template.column", locale), text("personnel.import.template.key", locale),
					text("personnel.import.template.content", locale), text("personnel.import.template.codes", locale)));
			for (ImportColumns.Column column : columns.columns()) {
				sheet.row(List.of(column.labelVi(), column.key(), describe(column, locale), codes(column, locale)));
			}
			for (ListKind kind : ListKind.values()) {
				sheet.sheet(truncate(text("personnel.lists.kind." + kind.name(), locale), 31));
				sheet.row(List.of(text("personnel.import.template.code", locale), text("personnel.import.template.name", locale)));
				for (ListEntry entry : lists.entries(kind)) {
					if (entry.active()) {
						sheet.row(List.of(entry.code(), entry.name(locale)));
					}
				}
			}
			sheet.sheet(truncate(text("personnel.import.unitCode", locale), 31));
			sheet.row(List.of(text("personnel.import.template.code", locale), text("personnel.import.template.name", locale)));
			List<String> prefixes = registry.scopePrefixes();
			for (OrganisationUnit unit : organisation.allUnscoped()) {
				if (prefixes == null || prefixes.stream().anyMatch(unit.path()::startsWith)) {
					sheet.row(List.of(unit.code(), unit.name(locale)));
				}
			}
		}
	}

	private String describe(ImportColumns.Column column, Locale locale) {
		if (column.isUnitCode()) {
			return text("personnel.import.template.unit", locale);
		}
		RecordField field = column.field();
		String type = text("personnel.import.type." + field.type().name(), locale);
		boolean required = field.required() || "unit_id".equals(field.key());
		return required ? type + " — " + text("personnel.import.template.required", locale) : type;
	}

	private String codes(ImportColumns.Column column, Locale locale) {
		if (column.isUnitCode()) {
			return text("personnel.import.template.seeSheet", locale, text("personnel.import.unitCode", locale));
		}
		RecordField field = column.field();
		if (field.type() == FieldType.CHOICE) {
			List<String> codes = new ArrayList<>();
			for (String option : field.options()) {
				String key = "personnel.choice." + field.key() + "." + option;
				codes.add(option + " = " + messages.getMessage(key, null, option, locale));
			}
			return String.join("; ", codes);
		}
		if (field.type() == FieldType.LIST) {
			return text("personnel.import.template.seeSheet", locale,
					text("personnel.lists.kind." + field.list().name(), locale));
		}
		return "";
	}

	// ---- Export ----

	/**
	 * Writes every record matching the query within the user's scope (all pages, not one), in the columns of the
	 * import file, so that an exported file edited and imported again updates the records. The rows are streamed
	 * from a cursor; the export goes on the audit trail.
	 */
	public void export(RecordQuery query, Sheets.Format format, OutputStream out, Locale locale) {
		if (!PersonnelRegistry.canRead()) {
			throw new AccessDeniedException("personnel.access.denied");
		}
		List<String> prefixes = exportPrefixes();
		String unitPrefix = null;
		if (query.unitId() != null) {
			unitPrefix = organisation.findUnscoped(query.unitId())
				.map(OrganisationUnit::path)
				.filter(path -> prefixes == null || prefixes.stream().anyMatch(path::startsWith))
				.orElseThrow(() -> new NotFoundException("Unit", query.unitId()));
		}
		RecordSchema schema = registry.schema();
		ImportColumns columns = ImportColumns.of(schema, messages);
		ReferenceSnapshot reference = references.take();
		long[] count = new long[1];
		try (Sheets sheet = Sheets.open(format, out, text("personnel.import.export.sheet", locale))) {
			sheet.row(columns.columns().stream().map(c -> c.label(locale)).toList());
			String where = unitPrefix;
			transaction.executeWithoutResult(s -> exports.each(query, prefixes, where, schema, record -> {
				sheet.row(cells(columns, record, reference, locale));
				count[0]++;
			}));
		}
		audit.record(AuditRecord.action(PersonnelRegistry.MODULE, "EXPORT", PersonnelRegistry.RECORD, null, null, null,
				Map.of("query", String.valueOf(query), "rows", count[0], "format", format.name())));
	}

	/**
	 * The scope of an export: the reader's scope, without the subtrees of other agencies (reading those records
	 * needs each person's consent, which a list export cannot ask for).
	 */
	private List<String> exportPrefixes() {
		List<String> prefixes = registry.scopePrefixes();
		DataScope scope = CurrentUser.scope();
		if (prefixes == null || scope.homeUnitId() == null) {
			return prefixes;
		}
		String home = organisation.findUnscoped(scope.homeUnitId()).map(OrganisationUnit::path).orElse("");
		int second = home.indexOf('/', 1);
		String root = second < 0 ? home : home.substring(0, second + 1);
		return prefixes.stream().filter(p -> p.startsWith(root)).toList();
	}

	private List<String> cells(ImportColumns columns, RecordState state, ReferenceSnapshot reference, Locale locale) {
		List<String> cells = new ArrayList<>(columns.columns().size());
		for (ImportColumns.Column column : columns.columns()) {
			if (column.isUnitCode()) {
				cells.add(state.unitId() == null ? null
						: reference.unit(state.unitId()).map(OrganisationUnit::code).orElse(null));
				continue;
			}
			Object value = state.get(column.key());
			if (value == null) {
				cells.add(null);
			}
			else if (column.field().type() == FieldType.DATE) {
				cells.add(LocalDate.parse(value.toString()).format(DAY));
			}
			else if (column.field().type() == FieldType.CHOICE) {
				cells.add(messages.getMessage("personnel.choice." + column.key() + "." + value, null, value.toString(),
						locale));
			}
			else {
				cells.add(value.toString());
			}
		}
		return cells;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static void requireImport() {
		if (!canImport()) {
			throw new AccessDeniedException("personnel.access.denied");
		}
	}

	/** Stops reading an upload past the limit, whatever its declared length. */
	private static final class Limited extends java.io.FilterInputStream {

		private final long max;

		private long count;

		Limited(InputStream in, long max) {
			super(in);
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0 && ++count > max) {
				throw tooLarge();
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0 && (count += n) > max) {
				throw tooLarge();
			}
			return n;
		}

		private RecordRefused tooLarge() {
			return new RecordRefused(FieldRefusal.of("file", "personnel.import.tooLarge", max / (1024 * 1024)));
		}
	}
}
