package org.govict.infosec;

import java.time.LocalDate;

/**
 * An information system in the register of security levels, with its facts and its level dossier: proposal,
 * appraisal and approval decision.
 */
public record InformationSystem(long id, long assetId, String name, long ownerUnitId, SystemFacts facts,
		DossierStatus status, int suggestedLevel, Integer proposedLevel, LocalDate dossierDate, String appraisingUnit,
		LocalDate appraisalDue, LocalDate appraisedOn, String appraisalOpinion, Integer approvedLevel,
		String decisionNumber, LocalDate decisionDate, String approvingAuthority, boolean toReclassify, int version) {

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
}
