package org.govict.personnel.web;

import java.util.ArrayList;
import java.util.List;

import org.govict.personnel.AgeBand;
import org.govict.personnel.Sex;
import org.govict.personnel.WorkforceColumn;
import org.govict.personnel.WorkforceTally;

/**
 * The geometry of the report's charts, drawn as SVG by the page and as rectangles in the PDF: an age pyramid (men to
 * the left, women to the right, youngest at the bottom) and a bar chart of degrees.
 */
record ReportCharts(List<PyramidBar> pyramid, List<DegreeBar> degrees, int pyramidHeight, int degreeHeight) {

	static final int WIDTH = 600;

	static final int HALF = 230;

	static final int ROW = 26;

	record PyramidBar(AgeBand band, long men, long women, double y, double menWidth, double womenWidth) {
	}

	record DegreeBar(WorkforceColumn column, long count, double y, double width) {
	}

	static ReportCharts of(WorkforceTally total) {
		AgeBand[] bands = AgeBand.values();
		long max = 1;
		for (AgeBand band : bands) {
			max = Math.max(max, Math.max(total.pyramid(Sex.MALE, band), total.pyramid(Sex.FEMALE, band)));
		}
		List<PyramidBar> pyramid = new ArrayList<>();
		for (int i = 0; i < bands.length; i++) {
			long men = total.pyramid(Sex.MALE, bands[i]);
			long women = total.pyramid(Sex.FEMALE, bands[i]);
			double y = 30 + (bands.length - 1 - i) * ROW;
			pyramid.add(new PyramidBar(bands[i], men, women, y, scale(men, max, HALF - 40), scale(women, max, HALF - 40)));
		}
		List<DegreeBar> degrees = new ArrayList<>();
		long maxDegree = Math.max(1, total.degrees().values().stream().mapToLong(Long::longValue).max().orElse(1));
		int i = 0;
		for (var entry : total.degrees().entrySet()) {
			degrees.add(new DegreeBar(entry.getKey(), entry.getValue(), 10 + i * (ROW + 6),
					scale(entry.getValue(), maxDegree, WIDTH - 220)));
			i++;
		}
		return new ReportCharts(pyramid, degrees, 40 + bands.length * ROW, 20 + degrees.size() * (ROW + 6));
	}

	private static double scale(long value, long max, double width) {
		return Math.round(value * width / max * 10) / 10.0;
	}
}
