package org.govict.helpdesk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The service-level clock: time counted in working minutes, within the business hours of working days only
 * (07:30–11:30 and 13:00–17:00 by default, in Vietnam's time zone), so that a target of four hours set on Friday
 * afternoon falls on Monday, and a lunch break, a weekend or a holiday does not count.
 */
public final class ServiceClock {

	/** One span of business hours in a working day. */
	public record Span(LocalTime start, LocalTime end) {

		public Span {
			if (!end.isAfter(start)) {
				throw new IllegalArgumentException("A span ends after it starts: " + start + "-" + end);
			}
		}

		/** Reads "07:30-11:30". */
		public static Span parse(String text) {
			String[] ends = text.strip().split("-");
			return new Span(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip()));
		}
	}

	private static final int MAX_DAYS = 3660;

	private final List<Span> spans;

	private final ZoneId zone;

	private final Predicate<LocalDate> workingDay;

	public ServiceClock(List<Span> spans, ZoneId zone, Predicate<LocalDate> workingDay) {
		if (spans.isEmpty()) {
			throw new IllegalArgumentException("Business hours need at least one span");
		}
		List<Span> sorted = new ArrayList<>(spans);
		sorted.sort((a, b) -> a.start().compareTo(b.start()));
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
				throw new IllegalArgumentException("Business hours overlap: " + sorted);
			}
		}
		this.spans = List.copyOf(sorted);
		this.zone = zone;
		this.workingDay = workingDay;
	}

	/** Reads "07:30-11:30,13:00-17:00". */
	public static List<Span> parse(String businessHours) {
		List<Span> spans = new ArrayList<>();
		for (String part : businessHours.split(",")) {
			if (!part.isBlank()) {
				spans.add(Span.parse(part));
			}
		}
		return spans;
	}

	/** The moment {@code minutes} working minutes after {@code start}. */
	public Instant add(Instant start, long minutes) {
		LocalDateTime at = LocalDateTime.ofInstant(start, zone);
		long left = minutes;
		LocalDate day = at.toLocalDate();
		for (int d = 0; d < MAX_DAYS; d++, day = day.plusDays(1)) {
			if (!workingDay.test(day)) {
				continue;
			}
			for (Span span : spans) {
				LocalDateTime from = max(day.atTime(span.start()), at);
				LocalDateTime to = day.atTime(span.end());
				if (!from.isBefore(to)) {
					continue;
				}
				long available = Duration.between(from, to).toMinutes();
				if (left <= available) {
					return from.plusMinutes(left).atZone(zone).toInstant();
				}
				left -= available;
			}
		}
		throw new IllegalStateException("No working time within ten years of " + start);
	}

	/** The working minutes between two moments; zero when {@code to} is not after {@code from}. */
	public long between(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return 0;
		}
		LocalDateTime start = LocalDateTime.ofInstant(from, zone);
		LocalDateTime end = LocalDateTime.ofInstant(to, zone);
		long total = 0;
		for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
			if (!workingDay.test(day)) {
				continue;
			}
			for (Span span : spans) {
				LocalDateTime a = max(day.atTime(span.start()), start);
				LocalDateTime b = min(day.atTime(span.end()), end);
				if (a.isBefore(b)) {
					total += Duration.between(a, b).toMinutes();
				}
			}
		}
		return total;
	}

	private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
		return a.isBefore(b) ? a : b;
	}
}
