package org.govict.personnel.imports;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of an import file, one at a time: a file of any length is read with a small, constant amount of memory.
 * Row 1 is the header; a row's number is the one the officer sees in the spreadsheet.
 */
public abstract class RowReader implements Iterator<RowReader.SourceRow>, Closeable {

	/** One row: its number in the file and its cells as text. */
	public record SourceRow(long number, List<String> cells) {

		public String cell(int index) {
			return index < cells.size() ? cells.get(index) : null;
		}

		public boolean blank() {
			return cells.stream().allMatch(c -> c == null || c.isBlank());
		}
	}

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** How much of the start of a CSV file is looked at to tell its encoding and separator. */
	private static final int SNIFF_BYTES = 1 << 20;

	public static RowReader csv(InputStream in) throws IOException {
		return new Csv(in);
	}

	/** An .xlsx file is read from a temporary copy, which the reader deletes when closed. */
	public static RowReader xlsx(InputStream in) throws IOException {
		return new Xlsx(in);
	}

	private static final class Csv extends RowReader {

		private final CsvReader<CsvRecord> reader;

		private final CloseableIterator<CsvRecord> records;

		private long number;

		Csv(InputStream raw) throws IOException {
			BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
			in.mark(SNIFF_BYTES + 1);
			byte[] head = in.readNBytes(SNIFF_BYTES);
			in.reset();
			Charset charset = charsetOf(head);
			int bom = bomLength(head);
			in.skipNBytes(bom);
			char separator = separatorOf(new String(head, bom, Math.min(head.length - bom, 1 << 16), charset));
			this.reader = CsvReader.builder()
				.fieldSeparator(separator)
				.skipEmptyLines(true)
				.allowExtraFields(true)
				.allowMissingFields(true)
				.ofCsvRecord(new InputStreamReader(in, charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE)));
			this.records = reader.iterator();
		}

		@Override
		public boolean hasNext() {
			return records.hasNext();
		}

		@Override
		public SourceRow next() {
			CsvRecord record = records.next();
			return new SourceRow(++number, record.getFields());
		}

		@Override
		public void close() throws IOException {
			reader.close();
		}
	}

	private static final class Xlsx extends RowReader {

		private final Path copy;

		private final ReadableWorkbook workbook;

		private final Stream<Row> rows;

		private final Iterator<Row> iterator;

		Xlsx(InputStream in) throws IOException {
			this.copy = Files.createTempFile("govict-import-", ".xlsx");
			try {
				Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				this.workbook = new ReadableWorkbook(copy.toFile(), new ReadingOptions(true, false));
				this.rows = workbook.getFirstSheet().openStream();
				this.iterator = rows.iterator();
			}
			catch (IOException | RuntimeException ex) {
				Files.deleteIfExists(copy);
				throw ex;
			}
		}

		@Override
		public boolean hasNext() {
			return iterator.hasNext();
		}

		@Override
		public SourceRow next() {
			if (!iterator.hasNext()) {
				throw new NoSuchElementException();
			}
			Row row = iterator.next();
			String[] cells = new String[row.getCellCount()];
			for (int i = 0; i < cells.length; i++) {
				cells[i] = text(row.getCell(i));
			}
			return new SourceRow(row.getRowNum(), java.util.Arrays.asList(cells));
		}

		/** A cell as the officer sees it: dates as dd/MM/yyyy, whole numbers without ".0". */
		private static String text(Cell cell) {
			if (cell == null || cell.getType() == CellType.EMPTY) {
				return null;
			}
			if (cell.getType() == CellType.NUMBER) {
				String format = cell.getDataFormatString();
				if (format != null && isDateFormat(format)) {
					LocalDate day = cell.asDate().toLocalDate();
					return day.format(VIETNAMESE_DATE);
				}
				BigDecimal number = cell.asNumber();
				return number.stripTrailingZeros().toPlainString();
			}
			return cell.getText();
		}

		private static boolean isDateFormat(String format) {
			String plain = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
			return plain.contains("d") && plain.contains("y") || plain.contains("m") && plain.contains("y");
		}

		@Override
		public void close() throws IOException {
			try {
				rows.close();
				workbook.close();
			}
			finally {
				Files.deleteIfExists(copy);
			}
		}
	}

	/** UTF-8 (with or without BOM) when the bytes are UTF-8, UTF-16 by its BOM, otherwise Windows-1252. */
	static Charset charsetOf(byte[] head) {
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		int end = head.length;
		// The sniffed block may end in the middle of a character.
		while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xC0) == 0x80) {
			end--;
		}
		if (end > 0 && end < head.length && (head[end - 1] & 0xC0) == 0xC0) {
			end--;
		}
		try {
			utf8.decode(ByteBuffer.wrap(head, 0, end));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			return Charset.forName("windows-1252");
		}
	}

	static int bomLength(byte[] head) {
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return 3;
		}
		if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
				|| (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
			return 2;
		}
		return 0;
	}

	/** The separator of the header line: a comma, or the semicolon or tab that some spreadsheet settings write. */
	static char separatorOf(String start) {
		int newline = start.indexOf('\n');
		String line = newline < 0 ? start : start.substring(0, newline);
		long commas = line.chars().filter(c -> c == ',').count();
		long semicolons = line.chars().filter(c -> c == ';').count();
		long tabs = line.chars().filter(c -> c == '\t').count();
		if (tabs > commas && tabs > semicolons) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}
}
