package org.govict.inventory.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of an asset import file, .xlsx (first sheet) or .csv (UTF-8, comma or semicolon separated, quotes as in
 * RFC 4180), each as text cells with its row number as the spreadsheet shows it.
 */
public final class AssetRows {

	public record SourceRow(long number, List<String> cells) {

		public String cell(int index) {
			if (index < 0 || index >= cells.size()) {
				return null;
			}
			String value = cells.get(index);
			return value == null || value.isBlank() ? null : value.strip();
		}

		public boolean blank() {
			return cells.stream().allMatch(c -> c == null || c.isBlank());
		}
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private AssetRows() {
	}

	/** Reads at most {@code maxRows} rows (with the header). */
	public static List<SourceRow> read(String filename, byte[] content, int maxRows) throws IOException {
		String name = filename == null ? "" : filename.toLowerCase(java.util.Locale.ROOT);
		if (name.endsWith(".xlsx") || (content.length > 1 && content[0] == 'P' && content[1] == 'K')) {
			return xlsx(content, maxRows);
		}
		return csv(content, maxRows);
	}

	private static List<SourceRow> xlsx(byte[] content, int maxRows) throws IOException {
		List<SourceRow> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			for (Row row : (Iterable<Row>) stream.limit(maxRows)::iterator) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(text(row.getCell(i)));
				}
				rows.add(new SourceRow(row.getRowNum(), cells));
			}
		}
		return rows;
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return null;
		}
		if (cell.getType() == CellType.NUMBER) {
			String format = cell.getDataFormatString();
			if (format != null && format.toLowerCase(java.util.Locale.ROOT).contains("y")) {
				return cell.asDate().toLocalDate().format(DAY);
			}
			BigDecimal number = cell.asNumber();
			return number.stripTrailingZeros().toPlainString();
		}
		return cell.getText();
	}

	private static List<SourceRow> csv(byte[] content, int maxRows) throws IOException {
		List<SourceRow> rows = new ArrayList<>();
		int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF ? 3 : 0;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ByteArrayInputStream(content, start, content.length - start), StandardCharsets.UTF_8))) {
			char separator = 0;
			String line;
			long number = 0;
			StringBuilder pending = null;
			while ((line = reader.readLine()) != null && rows.size() < maxRows) {
				if (pending != null) {
					pending.append('\n').append(line);
					line = pending.toString();
				}
				if (quotes(line) % 2 == 1) {
					if (pending == null) {
						pending = new StringBuilder(line);
					}
					continue;
				}
				pending = null;
				number++;
				if (separator == 0) {
					separator = line.chars().filter(c -> c == ';').count() > line.chars().filter(c -> c == ',').count()
							? ';' : ',';
				}
				rows.add(new SourceRow(number, split(line, separator)));
			}
		}
		return rows;
	}

	private static long quotes(String line) {
		return line.chars().filter(c -> c == '"').count();
	}

	private static List<String> split(String line, char separator) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == separator) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}
}
