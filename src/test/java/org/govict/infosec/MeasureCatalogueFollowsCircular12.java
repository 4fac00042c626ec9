package org.govict.infosec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.govict.platform.web.InvalidInputException;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.govict.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The catalogue of measures covers every group of requirements of Circular 12/2022/TT-BTTTT at every level, and the
 * measures of the first catalogue point to the ones that replaced them.
 */
@IntegrationTest
class MeasureCatalogueFollowsCircular12 {

	@Autowired
	SecurityLevels levels;

	@Autowired
	UserDetailsService users;

	<T> T as(String username, Supplier<T> work) {
		return SignedIn.as(users, username, work);
	}

	List<Measure> requiredAt(int level) {
		return as(Demo.ADMIN, () -> levels.catalogue())
			.stream()
			.filter(m -> m.active() && m.minLevel() <= level)
			.toList();
	}

	@Test
	void everyGroupHasMeasuresFromLevelOneAndLevelFiveHasOverAHundred() {
		Map<String, Long> atLevelOne = requiredAt(1).stream()
			.collect(Collectors.groupingBy(Measure::group, Collectors.counting()));
		assertThat(atLevelOne.keySet())
			.containsAll(Arrays.stream(MeasureGroup.values()).map(Enum::name).toList());
		assertThat(requiredAt(5)).hasSizeGreaterThanOrEqualTo(100);
	}

	@Test
	void eachLevelAddsToTheOneBelow() {
		for (int level = 1; level < 5; level++) {
			List<String> lower = requiredAt(level).stream().map(Measure::code).toList();
			List<String> higher = requiredAt(level + 1).stream().map(Measure::code).toList();
			assertThat(higher).as("level %d", level + 1).containsAll(lower).hasSizeGreaterThan(lower.size());
		}
	}

	@Test
	void theFirstCataloguesCodesAreReplacedNotListed() {
		assertThat(as(Demo.ADMIN, () -> levels.catalogue())).extracting(Measure::code)
			.doesNotContain("QL-01", "KT-08")
			.contains("QL.1.01", "KT.4.11");
		assertThat(levels.measure("KT-08").active()).isFalse();
	}

	@Test
	void aMeasureMustBelongToAGroupOfTheCircular() {
		assertThatThrownBy(() -> as(Demo.ADMIN, () -> {
			levels.saveMeasure(new MeasureForm("LOCAL-" + System.nanoTime() % 100_000, "HOST", "Máy chủ", null, 2, true),
					true);
			return null;
		})).isInstanceOf(InvalidInputException.class);
	}
}
