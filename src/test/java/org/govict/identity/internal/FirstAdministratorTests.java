package org.govict.identity.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.govict.identity.NewUser;
import org.govict.identity.UserAdministration;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.organisation.UnitKind;
import org.govict.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.validation.BeanPropertyBindingResult;

/** An empty production database gets its first administrator from GOVICT_ADMIN_PASSWORD, and only then. */
class FirstAdministratorTests {

	UserAdministration users = mock(UserAdministration.class);

	Organisation organisation = mock(Organisation.class);

	TransactionTemplate transaction = new TransactionTemplate() {
		@Override
		public <T> T execute(org.springframework.transaction.support.TransactionCallback<T> action) {
			return action.doInTransaction(new SimpleTransactionStatus());
		}
	};

	FirstAdministrator with(String password) {
		return new FirstAdministrator(users, organisation, transaction,
				new FirstAdministrator.Settings(password, "admin", "admin@govict.local", "DONVI", "Đơn vị"));
	}

	@Test
	void anEmptyDatabaseGetsItsFirstAdministrator() {
		when(users.count()).thenReturn(0L);
		when(organisation.findByCodeUnscoped("DONVI")).thenReturn(Optional.of(new OrganisationUnit(1L, "DONVI", "Đơn vị",
				null, UnitKind.OTHER, null, "/1/", null, null, null, true, 0)));
		with("Quan-tri-2026").run(null);
		verify(users).open(any(NewUser.class), eq("Quan-tri-2026"), eq(false));
	}

	@Test
	void withoutThePasswordNobodyIsOpened() {
		when(users.count()).thenReturn(0L);
		with(null).run(null);
		verify(users, never()).open(any(), anyString(), anyBoolean());
	}

	@Test
	void aDatabaseWithAccountsIsLeftAlone() {
		when(users.count()).thenReturn(3L);
		with("Quan-tri-2026").run(null);
		verify(users, never()).open(any(), anyString(), anyBoolean());
	}

	@Test
	void aWeakPasswordStopsTheStartWithTheReason() {
		when(users.count()).thenReturn(0L);
		when(organisation.findByCodeUnscoped("DONVI")).thenReturn(Optional.of(new OrganisationUnit(1L, "DONVI", "Đơn vị",
				null, UnitKind.OTHER, null, "/1/", null, null, null, true, 0)));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new Object(), "user");
		errors.reject("identity.password.tooShort");
		when(users.open(any(NewUser.class), eq("ngan"), eq(false))).thenThrow(new InvalidInputException(errors));
		assertThatThrownBy(() -> with("ngan").run(null)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("GOVICT_ADMIN_PASSWORD");
	}
}
