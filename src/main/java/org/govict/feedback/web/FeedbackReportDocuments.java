package org.govict.feedback.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.govict.feedback.FeedbackDesk;
import org.govict.feedback.FeedbackReport;
import org.govict.feedback.FeedbackReport.Count;
import org.govict.platform.web.PdfSheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The desk's reports as a spreadsheet (.xlsx) and the half-yearly report to the leadership as a PDF, labelled in
 * the reader's language.
 */
@Component
class FeedbackReportDocuments {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	FeedbackReportDocuments(MessageSource messages) {
		this.messages = messages;
	}

	private String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	String periodTitle(FeedbackReport report, Locale locale) {
		return m("feedback.reports.title", locale) + " — "
				+ m("feedback.reports.period", locale, DAY.format(report.from()), DAY.format(report.to()));
	}

	String halfYearTitle(int year, int half, Locale locale) {
		return m("feedback.reports.halfYear.title." + half, locale, String.valueOf(year));
	}

	/** The label of a line: kinds and statuses from the messages, topics and units by their names. */
	String label(String breakdown, Count c, Locale locale) {
		return switch (breakdown) {
			case "kind" -> m("feedback.kind." + c.key(), locale);
			case "status" -> m("feedback.status." + c.key(), locale);
			default -> c.nameVi() == null ? m("feedback.reports.noTopic", locale) : c.name(locale);
		};
	}

	private static String rate(Double rate) {
		return rate == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate);
	}

	private static String number(Double value) {
		return value == null ? "—" : String.format(Locale.ROOT, "%.1f", value);
	}

	// ---- Spreadsheet ----

	byte[] xlsx(FeedbackReport report, String title, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "GovICT", "1.0");
			Worksheet summary = workbook.newWorksheet(m("feedback.reports.sheet.summary", locale));
			summary.value(0, 0, title);
			summary.style(0, 0).bold().set();
			int row = 2;
			for (String[] line : summaryLines(report, locale)) {
				summary.value(row, 0, line[0]);
				summary.value(row, 1, line[1]);
				row++;
			}
			summary.width(0, 50);
			summary.width(1, 16);
			breakdownSheet(workbook, m("feedback.reports.byKind", locale), m("feedback.field.kind", locale),
					report.byKind(), "kind", locale);
			breakdownSheet(workbook, m("feedback.reports.byTopic", locale), m("feedback.field.topic", locale),
					report.byTopic(), "topic", locale);
			breakdownSheet(workbook, m("feedback.reports.byUnit", locale), m("feedback.reports.unit", locale),
					report.byUnit(), "unit", locale);
			breakdownSheet(workbook, m("feedback.reports.byStatus", locale), m("feedback.field.status", locale),
					report.byStatus(), "status", locale);
			Worksheet months = workbook.newWorksheet(m("feedback.reports.byMonth", locale));
			String[] header = { m("feedback.reports.month", locale), m("feedback.reports.received", locale),
					m("feedback.reports.settled", locale), m("feedback.reports.onTime", locale),
					m("feedback.reports.onTimeRate", locale) };
			for (int i = 0; i < header.length; i++) {
				months.value(0, i, header[i]);
			}
			months.range(0, 0, 0, header.length - 1).style().bold().wrapText(true).set();
			row = 1;
			for (FeedbackReport.Month month : report.months()) {
				months.value(row, 0, String.format("%02d/%d", month.month().getMonthValue(), month.month().getYear()));
				months.value(row, 1, month.received());
				months.value(row, 2, month.settled());
				months.value(row, 3, month.onTime());
				if (month.onTimeRate() != null) {
					months.value(row, 4, month.onTimeRate());
				}
				row++;
			}
			months.width(0, 14);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private void breakdownSheet(Workbook workbook, String name, String first, List<Count> counts, String breakdown,
			Locale locale) {
		Worksheet sheet = workbook.newWorksheet(name);
		String[] header = { first, m("feedback.reports.received", locale), m("feedback.reports.settled", locale),
				m("feedback.reports.onTime", locale), m("feedback.reports.onTimeRate", locale) };
		for (int i = 0; i < header.length; i++) {
			sheet.value(0, i, header[i]);
		}
		sheet.range(0, 0, 0, header.length - 1).style().bold().wrapText(true).set();
		int row = 1;
		for (Count c : counts) {
			sheet.value(row, 0, label(breakdown, c, locale));
			sheet.value(row, 1, c.received());
			sheet.value(row, 2, c.settled());
			sheet.value(row, 3, c.onTime());
			if (c.onTimeRate() != null) {
				sheet.value(row, 4, c.onTimeRate());
			}
			row++;
		}
		sheet.value(row, 0, m("feedback.reports.total", locale));
		sheet.value(row, 1, counts.stream().mapToLong(Count::received).sum());
		sheet.value(row, 2, counts.stream().mapToLong(Count::settled).sum());
		sheet.value(row, 3, counts.stream().mapToLong(Count::onTime).sum());
		sheet.range(row, 0, row, header.length - 1).style().bold().set();
		sheet.width(0, 45);
	}

	private List<String[]> summaryLines(FeedbackReport report, Locale locale) {
		List<String[]> lines = new ArrayList<>();
		lines.add(new String[] { m("feedback.reports.received", locale), String.valueOf(report.received()) });
		lines.add(new String[] { m("feedback.reports.settled", locale), String.valueOf(report.settled()) });
		lines.add(new String[] { m("feedback.reports.onTime", locale), String.valueOf(report.settledOnTime()) });
		lines.add(new String[] { m("feedback.reports.onTimeRate", locale), rate(report.onTimeRate()) });
		lines.add(new String[] { m("feedback.reports.overdueOpen", locale), String.valueOf(report.overdueOpen()) });
		lines.add(new String[] { m("feedback.reports.avgWorkingDays", locale), number(report.averageWorkingDays()) });
		lines.add(new String[] { m("feedback.reports.avgCalendarDays", locale), number(report.averageCalendarDays()) });
		return lines;
	}

	// ---- The half-yearly report (PDF) ----

	byte[] halfYearPdf(FeedbackReport report, int year, int half, String unitName, Locale locale) {
		try (PdfSheet pdf = new PdfSheet(false)) {
			pdf.heading(halfYearTitle(year, half, locale), 14);
			pdf.heading(unitName == null ? m("feedback.reports.allUnits", locale) : unitName, 12);
			pdf.paragraph(m("feedback.reports.period", locale, DAY.format(report.from()), DAY.format(report.to())) + ". "
					+ m("feedback.reports.madeOn", locale, DAY.format(LocalDate.now(FeedbackDesk.VIETNAM))),
					pdf.italic, 10, 0);
			pdf.space(8);

			section(pdf, m("feedback.reports.pdf.summary", locale));
			pdf.paragraph(m("feedback.reports.pdf.summaryText", locale, report.received(), report.settled(),
					report.settledOnTime(), rate(report.onTimeRate()), report.overdueOpen(),
					number(report.averageWorkingDays()), number(report.averageCalendarDays())), pdf.regular, 11, 0);
			pdf.space(6);

			section(pdf, m("feedback.reports.byKind", locale));
			breakdownTable(pdf, m("feedback.field.kind", locale), report.byKind(), "kind", locale);
			section(pdf, m("feedback.reports.byTopic", locale));
			breakdownTable(pdf, m("feedback.field.topic", locale), report.byTopic(), "topic", locale);
			section(pdf, m("feedback.reports.byUnit", locale));
			breakdownTable(pdf, m("feedback.reports.unit", locale), report.byUnit(), "unit", locale);
			section(pdf, m("feedback.reports.byStatus", locale));
			breakdownTable(pdf, m("feedback.field.status", locale), report.byStatus(), "status", locale);

			section(pdf, m("feedback.reports.byMonth", locale));
			List<List<String>> rows = new ArrayList<>();
			for (FeedbackReport.Month month : report.months()) {
				rows.add(List.of(String.format("%02d/%d", month.month().getMonthValue(), month.month().getYear()),
						String.valueOf(month.received()), String.valueOf(month.settled()),
						String.valueOf(month.onTime()), rate(month.onTimeRate())));
			}
			pdf.table(new float[] { 3, 2, 2, 2, 2 }, header(m("feedback.reports.month", locale), locale), rows, 10,
					new boolean[] { false, true, true, true, true });
			monthChart(pdf, report, locale);
			return pdf.finish(m("feedback.reports.pdf.page", locale));
		}
	}

	private void section(PdfSheet pdf, String title) {
		pdf.space(6);
		pdf.need(40);
		pdf.paragraph(title, pdf.bold, 12, 0);
		pdf.space(2);
	}

	private List<String> header(String first, Locale locale) {
		return List.of(first, m("feedback.reports.received", locale), m("feedback.reports.settled", locale),
				m("feedback.reports.onTime", locale), m("feedback.reports.onTimeRate", locale));
	}

	private void breakdownTable(PdfSheet pdf, String first, List<Count> counts, String breakdown, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (Count c : counts) {
			rows.add(List.of(label(breakdown, c, locale), String.valueOf(c.received()), String.valueOf(c.settled()),
					String.valueOf(c.onTime()), rate(c.onTimeRate())));
		}
		if (rows.isEmpty()) {
			rows.add(List.of(m("feedback.reports.empty", locale), "0", "0", "0", "—"));
		}
		pdf.table(new float[] { 6, 2, 2, 2, 2 }, header(first, locale), rows, 10,
				new boolean[] { false, true, true, true, true });
	}

	/** The cases received (dark) and settled (light) each month, as pairs of columns. */
	private void monthChart(PdfSheet pdf, FeedbackReport report, Locale locale) {
		float height = 150;
		pdf.space(10);
		pdf.need(height + 40);
		float bottom = pdf.y() - height;
		long max = Math.max(1, report.months().stream().mapToLong(FeedbackReport.Month::received).max().orElse(1));
		float slot = pdf.width() / Math.max(1, report.months().size());
		float column = Math.min(22, slot / 2 - 3);
		for (int i = 0; i < report.months().size(); i++) {
			FeedbackReport.Month month = report.months().get(i);
			float x = pdf.left() + i * slot + (slot - 2 * column) / 2;
			float received = month.received() * (height - 20) / max;
			float settled = month.settled() * (height - 20) / max;
			pdf.bar(x, bottom, column, received, new Color(31, 95, 160));
			pdf.bar(x + column, bottom, column, settled, new Color(120, 170, 90));
			pdf.text(x, bottom + received + 3, String.valueOf(month.received()), pdf.regular, 8);
			pdf.text(x, bottom - 11, String.format("%02d/%d", month.month().getMonthValue(), month.month().getYear()),
					pdf.regular, 8);
		}
		pdf.space(height + 16);
		pdf.paragraph(m("feedback.reports.chart.legend", locale), pdf.italic, 9, 0);
	}
}
