package org.govict.feedback.web;

import java.util.ArrayList;
import java.util.List;

import org.govict.feedback.FeedbackReport;

/**
 * The geometry of the report's charts, drawn as inline SVG by the page and as rectangles in the PDF: the cases
 * received and settled each month as pairs of columns, and horizontal bars for a breakdown.
 */
record FeedbackCharts(List<Column> months, int monthWidth, List<Bar> kinds, int kindHeight, List<Bar> topics,
		int topicHeight) {

	static final int WIDTH = 600;

	static final int PLOT_HEIGHT = 180;

	static final int ROW = 26;

	static final int LABEL_WIDTH = 220;

	/**
	 * One month: the left column is received, the right settled; {@code base} is the bottom of both. Past a year,
	 * only every few months carry their label, so that the labels do not overlap.
	 */
	record Column(String label, boolean labelled, long received, long settled, double x, double width, double receivedHeight,
			double settledHeight, double base) {

		public double receivedY() {
			return base - receivedHeight;
		}

		public double settledY() {
			return base - settledHeight;
		}
	}

	record Bar(String label, long count, double y, double width) {
	}

	interface Labels {

		String of(FeedbackReport.Count count);
	}

	static FeedbackCharts of(FeedbackReport report, Labels kindLabels, Labels topicLabels) {
		List<FeedbackReport.Month> months = report.months();
		long max = Math.max(1, months.stream().mapToLong(FeedbackReport.Month::received).max().orElse(1));
		double slot = (WIDTH - 40.0) / Math.max(1, months.size());
		double column = Math.max(2, Math.min(24, slot / 2 - 2));
		int labelEvery = (months.size() + 11) / 12;
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			FeedbackReport.Month m = months.get(i);
			double x = 30 + i * slot + (slot - 2 * column) / 2;
			columns.add(new Column(String.format("%02d/%02d", m.month().getMonthValue(), m.month().getYear() % 100),
					i % labelEvery == 0, m.received(), m.settled(), round(x), round(column), scale(m.received(), max, PLOT_HEIGHT),
					scale(m.settled(), max, PLOT_HEIGHT), 20 + PLOT_HEIGHT));
		}
		List<Bar> kinds = bars(report.byKind(), kindLabels);
		List<Bar> topics = bars(report.byTopic(), topicLabels);
		return new FeedbackCharts(columns, WIDTH, kinds, 10 + kinds.size() * (ROW + 6), topics,
				10 + topics.size() * (ROW + 6));
	}

	private static List<Bar> bars(List<FeedbackReport.Count> counts, Labels labels) {
		long max = Math.max(1, counts.stream().mapToLong(FeedbackReport.Count::received).max().orElse(1));
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < counts.size(); i++) {
			FeedbackReport.Count c = counts.get(i);
			bars.add(new Bar(labels.of(c), c.received(), 5 + i * (ROW + 6),
					scale(c.received(), max, WIDTH - LABEL_WIDTH - 50)));
		}
		return bars;
	}

	private static double scale(long value, long max, double size) {
		return round(value * size / max);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
