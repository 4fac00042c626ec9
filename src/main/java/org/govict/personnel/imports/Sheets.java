package org.govict.personnel.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table written as .xlsx or .csv, row by row: an .xlsx sheet flushes its rows to the stream every few hundred
 * rows, and CSV is UTF-8 with a byte order mark (so that spreadsheet software reads the diacritics right). All
 * cells are text, so that ID numbers keep their leading zeros.
 */
public abstract class Sheets implements AutoCloseable {

	public enum Format {

		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
		CSV("text/csv;charset=UTF-8", "csv");

		private final String contentType;

		private final String extension;

		Format(String contentType, String extension) {
			this.contentType = contentType;
			this.extension = extension;
		}

		public String contentType() {
			return contentType;
		}

		public String extension() {
			return extension;
		}

		public static Format of(String name) {
			return "csv".equalsIgnoreCase(name) ? CSV : XLSX;
		}
	}

	/** Starts the first sheet. */
	public static Sheets open(Format format, OutputStream out, String sheetName) {
		return format == Format.CSV ? new Csv(out) : new Xlsx(out, sheetName);
	}

	public abstract void row(List<String> cells);

	/** Starts another sheet (.xlsx only; CSV has one). */
	public abstract void sheet(String name);

	@Override
	public abstract void close();

	private static final class Xlsx extends Sheets {

		private final Workbook workbook;

		private Worksheet sheet;

		private int row;

		Xlsx(OutputStream out, String name) {
			this.workbook = new Workbook(out, "GovICT", "1.0");
			sheet(name);
		}

		@Override
		public void sheet(String name) {
			try {
				if (sheet != null) {
					sheet.finish();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			sheet = workbook.newWorksheet(name);
			row = 0;
		}

		@Override
		public void row(List<String> cells) {
			for (int c = 0; c < cells.size(); c++) {
				if (cells.get(c) != null) {
					sheet.value(row, c, cells.get(c));
				}
				if (row == 0) {
					sheet.style(row, c).bold().set();
				}
			}
			if (row == 0) {
				sheet.freezePane(0, 1);
			}
			row++;
			if (row % 500 == 0) {
				try {
					sheet.flush();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}

		@Override
		public void close() {
			try {
				sheet.finish();
				workbook.finish();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static final class Csv extends Sheets {

		private final Writer writer;

		private final CsvWriter csv;

		Csv(OutputStream out) {
			try {
				out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			this.csv = CsvWriter.builder().build(writer);
		}

		@Override
		public void row(List<String> cells) {
			csv.writeRecord(cells.stream().map(c -> c == null ? "" : c).toList());
		}

		@Override
		public void sheet(String name) {
			throw new UnsupportedOperationException("a CSV file has one sheet");
		}

		@Override
		public void close() {
			try {
				csv.flush();
				writer.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}
}
