package org.govict.identity.internal;

import java.util.Set;

import org.govict.identity.NewUser;
import org.govict.identity.UserAdministration;
import org.govict.organisation.Organisation;
import org.govict.organisation.UnitForm;
import org.govict.organisation.UnitKind;
import org.govict.platform.security.Roles;
import org.govict.platform.security.SystemAccess;
import org.govict.platform.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new installation without demo data has nobody to sign in. When the platform starts with no account at all
 * and {@code GOVICT_ADMIN_PASSWORD} is set, it opens the first system administrator ({@code admin}, with that
 * password, which must meet the password policy) in a first top-level unit; otherwise it says how to.
 */
@Component
@Order(20)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	@ConfigurationProperties("govict.bootstrap")
	record Settings(String adminPassword, @DefaultValue("admin") String adminUsername,
			@DefaultValue("admin@govict.local") String adminEmail, @DefaultValue("DONVI") String unitCode,
			@DefaultValue("Đơn vị quản lý hệ thống") String unitName) {
	}

	private final UserAdministration users;

	private final Organisation organisation;

	private final TransactionTemplate transaction;

	private final Settings settings;

	FirstAdministrator(UserAdministration users, Organisation organisation, TransactionTemplate transaction,
			Settings settings) {
		this.users = users;
		this.organisation = organisation;
		this.transaction = transaction;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.count() > 0) {
			return;
		}
		if (settings.adminPassword() == null || settings.adminPassword().isBlank()) {
			log.warn("There is no user account yet. Restart once with GOVICT_ADMIN_PASSWORD set (at least 10 characters,"
					+ " letters and digits) to open the first system administrator, '{}'.", settings.adminUsername());
			return;
		}
		try {
			SystemAccess.run(() -> transaction.executeWithoutResult(status -> {
			long unit = organisation.findByCodeUnscoped(settings.unitCode())
				.orElseGet(() -> organisation.create(new UnitForm(settings.unitCode(), settings.unitName(), null,
						UnitKind.OTHER, null, null, null, null, null)))
				.id();
			users.open(new NewUser(settings.adminUsername(), "Quản trị hệ thống", settings.adminEmail(), null, unit,
					Set.of(Roles.SYSTEM_ADMIN), Set.of()), settings.adminPassword(), false);
			}));
		}
		catch (InvalidInputException invalid) {
			throw new IllegalStateException("Could not open the first administrator from GOVICT_ADMIN_PASSWORD: "
					+ invalid.getMessage() + ". The password needs at least 10 characters with letters and digits.");
		}
		log.info("Opened the first system administrator '{}'. Remove GOVICT_ADMIN_PASSWORD from the environment now.",
				settings.adminUsername());
	}
}
