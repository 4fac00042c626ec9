package org.govict.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.govict.platform.security.SystemAccess;
import org.govict.platform.web.RuleViolationException;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rules of the tree, against the real database. */
@IntegrationTest
class UnitRulesTests {

	@Autowired
	Organisation organisation;

	@Autowired
	JdbcClient jdbc;

	OrganisationUnit create(String code, String parentCode) {
		long parent = organisation.findByCodeUnscoped(parentCode).orElseThrow().id();
		return SystemAccess.call(() -> organisation
			.create(new UnitForm(code, "Đơn vị " + code, null, UnitKind.DIVISION, parent, null, null, null, null)));
	}

	@Test
	void movingAUnitCarriesItsSubtreeAndRewritesPaths() {
		OrganisationUnit top = create("RULE-MOVE-A", "BNV");
		OrganisationUnit child = create("RULE-MOVE-A1", "RULE-MOVE-A");
		long target = organisation.findByCodeUnscoped("BNV-VP").orElseThrow().id();

		SystemAccess.run(() -> organisation.move(top.id(), target));

		OrganisationUnit movedChild = organisation.findUnscoped(child.id()).orElseThrow();
		OrganisationUnit office = organisation.findUnscoped(target).orElseThrow();
		assertThat(movedChild.path()).startsWith(office.path() + top.id() + "/");
		assertThat(movedChild.isWithin(office)).isTrue();
	}

	@Test
	void aUnitCannotMoveUnderItsOwnDescendant() {
		OrganisationUnit top = create("RULE-CYCLE", "BNV");
		OrganisationUnit child = create("RULE-CYCLE-1", "RULE-CYCLE");
		assertThatThrownBy(() -> SystemAccess.run(() -> organisation.move(top.id(), child.id())))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("organisation.rule.moveIntoOwnSubtree");
	}

	@Test
	void aUnitWithPeopleCannotBeDeactivatedOrDeleted() {
		long withUsers = organisation.findByCodeUnscoped("BNV-TTTT-CSDL").orElseThrow().id();
		assertThatThrownBy(() -> SystemAccess.run(() -> organisation.deactivate(withUsers)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("organisation.rule.notEmpty");
		assertThatThrownBy(() -> SystemAccess.run(() -> organisation.delete(withUsers)))
			.isInstanceOf(RuleViolationException.class);
		assertThat(organisation.findUnscoped(withUsers)).get().extracting(OrganisationUnit::active).isEqualTo(true);
	}

	@Test
	void anEmptyUnitCanBeDeactivatedAndItsChangeIsAudited() {
		OrganisationUnit unit = create("RULE-EMPTY", "BNV");
		SystemAccess.run(() -> organisation.deactivate(unit.id()));
		assertThat(organisation.findUnscoped(unit.id()).orElseThrow().active()).isFalse();
		assertThat(jdbc.sql("SELECT action FROM audit_entries WHERE record_type = 'OrganisationUnit' AND record_id = ?"
				+ " ORDER BY id")
			.param(String.valueOf(unit.id()))
			.query(String.class)
			.list()).containsExactly("CREATE", "DEACTIVATE");
	}
}
