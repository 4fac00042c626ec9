package org.govict.infosec;

import java.time.LocalDate;

/**
 * An information system in the register of security levels, with its facts and its level dossier: proposal,
 * appraisal and approval decision, and the legal basis it was proposed under. The Decree 85 facts are those the
 * dossiers of Decree 85/2016 were proposed on.
 */
public record InformationSystem(long id, long assetId, String name, long ownerUnitId, SystemFacts facts,
		Decree85Facts decree85, DossierStatus status, int suggestedLevel, Integer proposedLevel, LegalBasis legalBasis,
		LocalDate dossierDate, String appraisingUnit, LocalDate appraisalDue, LocalDate appraisedOn,
		String appraisalOpinion, Integer approvedLevel, String decisionNumber, LocalDate decisionDate,
		String approvingAuthority, boolean toReclassify, int version) {

	/** The level whose measures the system must meet: the approved one, else the proposed, else the suggested. */
	public int requiredLevel() {
		if (approvedLevel != null) {
			return approvedLevel;
		}
		return proposedLevel != null ? proposedLevel : suggestedLevel;
	}

	public boolean appraisalLate(LocalDate today) {
		return status == DossierStatus.PROPOSED && appraisalDue != null && today.isAfter(appraisalDue);
	}

	/** Whether its dossier was made under Decree 85/2016: the level is kept (Law 116/2025 art. 45.1). */
	public boolean underDecree85() {
		return legalBasis == LegalBasis.DECREE_85_2016;
	}

	/**
	 * Whether the criteria of Decree 331 now give a higher level than the one approved: the level should be
	 * determined again (Decree 331 art. 25).
	 */
	public boolean belowCurrentCriteria() {
		return approvedLevel != null && suggestedLevel > approvedLevel;
	}
}
