package org.govict.infosec;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.platform.web.PdfSheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incident report as a PDF in Vietnamese, to the authority of the incident's legal basis (the Ministry of Public
 * Security's specialised cybersecurity force under Decree 331/2026, VNCERT/CC before it): what happened
 * to which system, when it was detected and by when it had to be reported, how it was handled stage by stage, and
 * the lessons learned.
 */
@Component
public class IncidentReport {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(Incidents.ZONE);

	private final Incidents incidents;

	private final Organisation organisation;

	private final MessageSource messages;

	IncidentReport(Incidents incidents, Organisation organisation, MessageSource messages) {
		this.incidents = incidents;
		this.organisation = organisation;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public byte[] pdf(long id) {
		Incident incident = incidents.get(id);
		List<IncidentStep> steps = incidents.steps(id);
		String unit = organisation.findUnscoped(incident.ownerUnitId()).map(OrganisationUnit::nameVi).orElse("");
		try (PdfSheet pdf = new PdfSheet(false)) {
			pdf.heading(m("infosec.pdf.nation"), 12);
			pdf.heading(m("infosec.pdf.motto"), 11);
			pdf.space(10);
			pdf.heading(m("infosec.pdf.title"), 14);
			String authority = m("infosec.pdf.authority." + incident.legalBasis());
			pdf.paragraph(m("infosec.pdf.to", authority), pdf.italic, 11, 0);
			pdf.space(6);
			List<List<String>> facts = new ArrayList<>();
			facts.add(List.of(m("infosec.pdf.number"), "SC-" + incident.id()));
			facts.add(List.of(m("infosec.pdf.unit"), unit));
			facts.add(List.of(m("infosec.incident.subject"), incidents.subject(incident)));
			facts.add(List.of(m("infosec.incident.title"), incident.title()));
			facts.add(List.of(m("infosec.incident.severity"), m("infosec.severity." + incident.severity())));
			facts.add(List.of(m("infosec.incident.stage"), m("infosec.stage." + incident.stage())));
			facts.add(List.of(m("infosec.incident.legalBasis"), m("infosec.basis." + incident.legalBasis())));
			facts.add(List.of(m("infosec.incident.detectedAt"), when(incident.detectedAt())));
			if (incident.needsNotice()) {
				facts.add(List.of(m("infosec.incident.noticeDue"), when(incident.noticeDue())));
				facts.add(List.of(m("infosec.incident.noticedAt"),
						incident.noticedAt() == null ? m("infosec.incident.notNoticed") : when(incident.noticedAt())));
			}
			facts.add(List.of(m("infosec.incident.reportDue"), when(incident.reportDue())));
			facts.add(List.of(m("infosec.incident.reportedAt"),
					incident.reportedAt() == null ? m("infosec.incident.notReported") : when(incident.reportedAt())));
			pdf.table(new float[] { 2, 5 }, List.of(m("infosec.pdf.item"), m("infosec.pdf.content")), facts, 11,
					new boolean[] { false, false });
			pdf.space(8);
			pdf.paragraph(m("infosec.incident.description"), pdf.bold, 12, 0);
			pdf.paragraph(incident.description() == null ? "—" : incident.description(), pdf.regular, 11, 0);
			pdf.space(8);
			pdf.paragraph(m("infosec.incident.steps"), pdf.bold, 12, 0);
			List<List<String>> rows = new ArrayList<>();
			for (IncidentStep step : steps) {
				rows.add(List.of(when(step.at()), m("infosec.stage." + step.stage()), step.actor(),
						step.note() == null ? "" : step.note()));
			}
			pdf.table(new float[] { 2, 2, 2, 5 }, List.of(m("infosec.pdf.at"), m("infosec.incident.stage"),
					m("infosec.pdf.actor"), m("infosec.pdf.note")), rows, 10, new boolean[] { false, false, false, false });
			pdf.space(8);
			pdf.paragraph(m("infosec.incident.lessons"), pdf.bold, 12, 0);
			pdf.paragraph(incident.lessons() == null ? "—" : incident.lessons(), pdf.regular, 11, 0);
			pdf.space(8);
			pdf.paragraph(m("infosec.pdf.madeOn", when(incidents.now())), pdf.italic, 10, 0);
			return pdf.finish(m("infosec.pdf.page"));
		}
	}

	private static String when(Instant at) {
		return WHEN.format(at);
	}

	private String m(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}
}
